import { RELEASES_ALIAS, RELEASES_INDEX_VERSION } from '../releases-index.js';

/*
 * OpenSearch Dashboards saved objects for the releases index, built in code so they cannot drift from the
 * mapping; `cli dashboards export` writes them as ndjson (deploy/dashboards/). Ids are fixed so a
 * re-import overwrites; they carry the index template version, as opensearch-catalog does.
 */

export const INDEX_PATTERN_ID = `presswatch-releases-v${RELEASES_INDEX_VERSION}`;
const INDEX_REF = 'kibanaSavedObjectMeta.searchSourceJSON.index';

export interface SavedObject {
  type: 'index-pattern' | 'search' | 'visualization' | 'dashboard';
  id: string;
  attributes: Record<string, unknown>;
  references: { name: string; type: string; id: string }[];
}

/** An aggregation as a visualization encodes it (the subset the shipped visualizations use). */
export interface VisAggregation {
  id: string;
  enabled: true;
  type: 'count' | 'terms' | 'date_histogram' | 'geohash_grid';
  schema: 'metric' | 'segment' | 'group' | 'bucket';
  params: Record<string, unknown>;
}

export interface VisState {
  title: string;
  type: string;
  params: Record<string, unknown>;
  aggs: VisAggregation[];
}

const id = (name: string) => `presswatch-${name}-v${RELEASES_INDEX_VERSION}`;

function searchSource(query: string): string {
  return JSON.stringify({ query: { query, language: 'lucene' }, filter: [], indexRefName: INDEX_REF });
}

const indexRef = [{ name: INDEX_REF, type: 'index-pattern', id: INDEX_PATTERN_ID }];

const count: VisAggregation = { id: '1', enabled: true, type: 'count', schema: 'metric', params: {} };
const terms = (aggId: string, schema: VisAggregation['schema'], field: string, size: number): VisAggregation => ({
  id: aggId,
  enabled: true,
  type: 'terms',
  schema,
  params: { field, size, order: 'desc', orderBy: '1', otherBucket: false, missingBucket: false },
});

function visualization(name: string, visState: VisState, description: string, query = ''): SavedObject {
  return {
    type: 'visualization',
    id: id(name),
    attributes: {
      title: visState.title,
      description,
      version: 1,
      uiStateJSON: '{}',
      visState: JSON.stringify(visState),
      kibanaSavedObjectMeta: { searchSourceJSON: searchSource(query) },
    },
    references: indexRef,
  };
}

function savedSearch(name: string, title: string, query: string, description: string): SavedObject {
  return {
    type: 'search',
    id: id(name),
    attributes: {
      title,
      description,
      version: 1,
      columns: ['title', 'primary_country', 'theme_ids', 'language'],
      sort: [['date', 'desc']],
      kibanaSavedObjectMeta: { searchSourceJSON: searchSource(query) },
    },
    references: indexRef,
  };
}

const legend = { addTooltip: true, addLegend: true, legendPosition: 'right' };

export function releasesSavedObjects(alias: string = RELEASES_ALIAS): SavedObject[] {
  const indexPattern: SavedObject = {
    type: 'index-pattern',
    id: INDEX_PATTERN_ID,
    attributes: { title: alias, timeFieldName: 'date' },
    references: [],
  };
  const searches = [
    savedSearch('latest-releases', 'Latest releases', '', 'Every release, newest first.'),
    savedSearch(
      'trafficking-releases',
      'Trafficking releases',
      'theme_ids:"human-trafficking"',
      'Releases substantially about human trafficking.',
    ),
  ];
  const visualizations = [
    visualization(
      'releases-over-time-by-theme',
      {
        title: 'Releases over time by theme',
        type: 'histogram',
        params: { type: 'histogram', ...legend, times: [], addTimeMarker: false },
        aggs: [
          count,
          {
            id: '2',
            enabled: true,
            type: 'date_histogram',
            schema: 'segment',
            params: { field: 'date', interval: 'y', min_doc_count: 1, extended_bounds: {} },
          },
          terms('3', 'group', 'theme_ids', 10),
        ],
      },
      'Release count per year, stacked by theme.',
    ),
    visualization(
      'top-countries',
      {
        title: 'Top countries',
        type: 'horizontal_bar',
        params: { type: 'histogram', ...legend },
        aggs: [count, terms('2', 'segment', 'country_codes', 20)],
      },
      'Releases per country mentioned (ISO 3166-1 alpha-2).',
    ),
    visualization(
      'primary-country-map',
      {
        title: 'Map of primary countries',
        type: 'tile_map',
        params: {
          mapType: 'Scaled Circle Markers',
          isDesaturated: true,
          addTooltip: true,
          heatClusterSize: 1.5,
          mapZoom: 2,
          mapCenter: [10, -40],
        },
        aggs: [
          count,
          {
            id: '2',
            enabled: true,
            type: 'geohash_grid',
            schema: 'segment',
            params: { field: 'location', autoPrecision: true, precision: 2, useGeocentroid: true, isFilteredByCollar: true },
          },
        ],
      },
      'Releases on the map at the centre of their primary country.',
    ),
    visualization(
      'themes-by-region',
      {
        title: 'Themes by region',
        type: 'heatmap',
        params: {
          type: 'heatmap',
          ...legend,
          enableHover: false,
          colorsNumber: 4,
          colorSchema: 'Greens',
          setColorRange: false,
          percentageMode: false,
        },
        aggs: [count, terms('2', 'segment', 'region_names', 15), terms('3', 'group', 'theme_ids', 15)],
      },
      'How many releases of each theme concern each UN M49 region.',
    ),
    visualization(
      'top-organisations',
      {
        title: 'Top organisations',
        type: 'table',
        params: { perPage: 20, showPartialRows: false, showMetricsAtAllLevels: false, showTotal: false },
        aggs: [count, terms('2', 'bucket', 'organization_ids', 20)],
      },
      'Organisations named in releases, by canonical id (IOM = OIM, UNHCR = HCR = ACNUR...).',
    ),
  ];
  const embedded = [...visualizations, searches[0]!];
  const panels = embedded.map((_, position) => ({
    version: '3.0.0',
    panelIndex: String(position + 1),
    gridData: { x: (position % 2) * 24, y: Math.floor(position / 2) * 15, w: 24, h: 15, i: String(position + 1) },
    embeddableConfig: {},
    panelRefName: `panel_${position}`,
  }));
  const dashboard: SavedObject = {
    type: 'dashboard',
    id: id('releases-overview'),
    attributes: {
      title: 'Presswatch releases',
      description: 'Releases by time, theme, country, region and organisation, with the latest releases.',
      version: 1,
      hits: 0,
      timeRestore: true,
      timeFrom: 'now-30y',
      timeTo: 'now',
      refreshInterval: { pause: true, value: 0 },
      optionsJSON: JSON.stringify({ hidePanelTitles: false, useMargins: true }),
      panelsJSON: JSON.stringify(panels),
      kibanaSavedObjectMeta: { searchSourceJSON: JSON.stringify({ query: { query: '', language: 'lucene' }, filter: [] }) },
    },
    references: embedded.map((object, position) => ({ name: `panel_${position}`, type: object.type, id: object.id })),
  };
  return [indexPattern, ...searches, ...visualizations, dashboard];
}

/** One object per line, as the Dashboards import API takes them. */
export function toNdjson(objects: SavedObject[]): string {
  return `${objects.map((object) => JSON.stringify(object)).join('\n')}\n`;
}

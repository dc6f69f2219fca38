/** Metric and label names an expression uses, and any function name it calls. */
export interface PromqlNames {
  metrics: Set<string>;
  labels: Set<string>;
  functions: Set<string>;
}

const AGGREGATIONS = [
  'sum',
  'avg',
  'min',
  'max',
  'count',
  'stddev',
  'stdvar',
  'topk',
  'bottomk',
  'quantile',
  'count_values',
  'group',
  'limitk',
  'limit_ratio',
];
const KEYWORDS = new Set([
  ...AGGREGATIONS,
  'by',
  'without',
  'on',
  'ignoring',
  'group_left',
  'group_right',
  'and',
  'or',
  'unless',
  'bool',
  'offset',
  'atan2',
]);
const LABEL_LISTS = new Set(['by', 'without', 'on', 'ignoring', 'group_left', 'group_right']);

/**
 * A small PromQL scanner, enough to check names (not a validating parser): strings, ranges and comments are
 * dropped, label matchers and `by (...)`-style lists give label names, an identifier before `(` is a function,
 * and any other identifier that is not a keyword is a metric name. Grafana's `label_values(metric, label)`
 * is understood too.
 */
export function promqlNames(expression: string): PromqlNames {
  const names: PromqlNames = { metrics: new Set(), labels: new Set(), functions: new Set() };
  let text = expression.replace(/label_values\(\s*(.*),\s*([A-Za-z_][A-Za-z0-9_]*)\s*\)\s*$/s, (_, inner: string, label: string) => {
    names.labels.add(label);
    return inner;
  });
  text = text
    .replace(/"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'|`[^`]*`/g, '""')
    .replace(/#[^\n]*/g, '')
    .replace(/\[[^\]]*\]/g, '');
  const tokens =
    text.match(/(?:\d+(?:ms|[smhdwy]))+(?![A-Za-z0-9_])|\d+(?:\.\d+)?(?:[eE][+-]?\d+)?|[A-Za-z_:][A-Za-z0-9_:]*|=~|!~|!=|==|>=|<=|\S/g) ??
    [];
  let inMatcher = false;
  let inLabelList = false;
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index]!;
    const next = tokens[index + 1];
    if (token === '{') inMatcher = true;
    else if (token === '}') inMatcher = false;
    else if (token === ')' && inLabelList) inLabelList = false;
    else if (LABEL_LISTS.has(token) && next === '(') {
      inLabelList = true;
      index++;
    } else if (/^[A-Za-z_:]/.test(token)) {
      if (inLabelList || (inMatcher && ['=', '!=', '=~', '!~'].includes(next ?? ''))) names.labels.add(token);
      else if (token === 'offset') index++;
      else if (KEYWORDS.has(token)) continue;
      else if (next === '(') names.functions.add(token);
      else names.metrics.add(token);
    }
  }
  return names;
}

/** PromQL's functions (those a dashboard or rule may reasonably use). */
export const PROMQL_FUNCTIONS = new Set([
  'abs',
  'absent',
  'absent_over_time',
  'avg_over_time',
  'ceil',
  'changes',
  'clamp',
  'clamp_max',
  'clamp_min',
  'count_over_time',
  'delta',
  'deriv',
  'floor',
  'histogram_quantile',
  'idelta',
  'increase',
  'irate',
  'label_join',
  'label_replace',
  'last_over_time',
  'max_over_time',
  'min_over_time',
  'predict_linear',
  'quantile_over_time',
  'rate',
  'resets',
  'round',
  'scalar',
  'sort',
  'sort_desc',
  'sum_over_time',
  'time',
  'timestamp',
  'vector',
]);

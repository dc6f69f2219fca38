/** The organisations the enricher knows by name (canonical id, display name, forms in fr/en/es). */

/**
 * Canonical organisations with their names and acronyms in fr/en/es.
 * A leading "^" marks an acronym, matched only when written in capitals
 * (so "who", "echo", "un" and "pam" in running text are left alone).
 */
export const KNOWN_ORGANIZATIONS: Readonly<Record<string, { name: string; forms: string }>> = {
  IOM: {
    name: 'International Organization for Migration',
    forms:
      '^IOM; ^OIM; Organisation internationale pour les migrations; International Organization for Migration; ' +
      'International Organisation for Migration; Organización Internacional para las Migraciones; UN Migration; ONU Migration; ' +
      'ONU Migración; Agence des Nations Unies pour les migrations; UN Migration Agency; Organismo de las Naciones Unidas para la Migración',
  },
  UNODC: {
    name: 'United Nations Office on Drugs and Crime',
    forms:
      '^UNODC; ^ONUDC; Office des Nations Unies contre la drogue et le crime; United Nations Office on Drugs and Crime; ' +
      'UN Office on Drugs and Crime; Oficina de las Naciones Unidas contra la Droga y el Delito',
  },
  UNHCR: {
    name: 'Office of the United Nations High Commissioner for Refugees',
    forms:
      '^UNHCR; ^HCR; ^ACNUR; Haut-Commissariat des Nations Unies pour les réfugiés; Haut Commissariat des Nations Unies pour les réfugiés; ' +
      'Haut-Commissariat pour les réfugiés; United Nations High Commissioner for Refugees; UN Refugee Agency; UN High Commissioner for Refugees; ' +
      'Alto Comisionado de las Naciones Unidas para los Refugiados; Agence des Nations Unies pour les réfugiés; Agencia de la ONU para los Refugiados',
  },
  EU: {
    name: 'European Union',
    forms:
      '^EU; ^UE; Union européenne; European Union; Unión Europea; Commission européenne; European Commission; Comisión Europea; ' +
      "Délégation de l'Union européenne; Delegation of the European Union; Delegación de la Unión Europea; Fonds fiduciaire d'urgence de l'UE; EU Trust Fund",
  },
  ECHO: {
    name: 'European Civil Protection and Humanitarian Aid Operations',
    forms:
      '^ECHO; DG ECHO; European Civil Protection and Humanitarian Aid Operations; ' +
      "protection civile et opérations d'aide humanitaire européennes; Protección Civil y Operaciones de Ayuda Humanitaria Europeas",
  },
  'US-DOS': {
    name: 'United States Department of State',
    forms:
      'US Department of State; U.S. Department of State; United States Department of State; Department of State; State Department; ' +
      "Département d'État; Département d'État américain; Département d'État des États-Unis; Departamento de Estado; " +
      'Departamento de Estado de (los) Estados Unidos; Departamento de Estado estadounidense; Office to Monitor and Combat Trafficking in Persons; ' +
      'Bureau of Population, Refugees and Migration; ^J/TIP',
  },
  USAID: {
    name: 'United States Agency for International Development',
    forms:
      '^USAID; United States Agency for International Development; U.S. Agency for International Development; US Agency for International Development; ' +
      'Agence des États-Unis pour le développement international; Agencia de los Estados Unidos para el Desarrollo Internacional',
  },
  INTERPOL: {
    name: 'INTERPOL',
    forms: '^INTERPOL; Interpol; International Criminal Police Organization; Organisation internationale de police criminelle',
  },
  EUROPOL: { name: 'Europol', forms: '^EUROPOL; Europol' },
  FRONTEX: { name: 'Frontex', forms: '^FRONTEX; Frontex; European Border and Coast Guard Agency' },
  UNICEF: {
    name: "United Nations Children's Fund",
    forms:
      "^UNICEF; Unicef; Fonds des Nations Unies pour l'enfance; United Nations Children's Fund; Fondo de las Naciones Unidas para la Infancia",
  },
  UNFPA: {
    name: 'United Nations Population Fund',
    forms: '^UNFPA; Fonds des Nations Unies pour la population; United Nations Population Fund; Fondo de Población de las Naciones Unidas',
  },
  'UN-WOMEN': { name: 'UN Women', forms: 'UN Women; ONU Femmes; ONU-Femmes; ONU Mujeres' },
  ILO: {
    name: 'International Labour Organization',
    forms:
      '^ILO; ^OIT; ^BIT; Organisation internationale du travail; International Labour Organization; International Labour Organisation; ' +
      'International Labor Organization; Organización Internacional del Trabajo; Bureau international du travail; International Labour Office',
  },
  WHO: {
    name: 'World Health Organization',
    forms: '^WHO; ^OMS; Organisation mondiale de la santé; World Health Organization; Organización Mundial de la Salud',
  },
  WFP: {
    name: 'World Food Programme',
    forms: '^WFP; ^PAM; Programme alimentaire mondial; World Food Programme; Programa Mundial de Alimentos',
  },
  UNDP: {
    name: 'United Nations Development Programme',
    forms:
      '^UNDP; ^PNUD; Programme des Nations Unies pour le développement; United Nations Development Programme; Programa de las Naciones Unidas para el Desarrollo',
  },
  OHCHR: {
    name: 'Office of the United Nations High Commissioner for Human Rights',
    forms:
      "^OHCHR; ^HCDH; Haut-Commissariat aux droits de l'homme; Haut-Commissariat des Nations Unies aux droits de l'homme; " +
      'Office of the High Commissioner for Human Rights; Oficina del Alto Comisionado de las Naciones Unidas para los Derechos Humanos; ' +
      'Oficina del Alto Comisionado para los Derechos Humanos',
  },
  OCHA: {
    name: 'United Nations Office for the Coordination of Humanitarian Affairs',
    forms:
      '^OCHA; Bureau de la coordination des affaires humanitaires; Office for the Coordination of Humanitarian Affairs; Oficina de Coordinación de Asuntos Humanitarios',
  },
  UN: {
    name: 'United Nations',
    forms:
      '^ONU; ^UN; Nations Unies; Organisation des Nations Unies; United Nations; Naciones Unidas; Organización de las Naciones Unidas; Système des Nations Unies; UN system',
  },
  OAS: {
    name: 'Organization of American States',
    forms: '^OAS; ^OEA; Organisation des États américains; Organization of American States; Organización de los Estados Americanos',
  },
  ECOWAS: {
    name: 'Economic Community of West African States',
    forms:
      "^ECOWAS; ^CEDEAO; Communauté économique des États de l'Afrique de l'Ouest; Economic Community of West African States; " +
      'Comunidad Económica de los Estados de África Occidental; Comunidad Económica de Estados de África Occidental',
  },
  AU: {
    name: 'African Union',
    forms: "Union africaine; African Union; Unión Africana; Commission de l'Union africaine; African Union Commission",
  },
  SICA: {
    name: 'Central American Integration System',
    forms: "^SICA; Sistema de la Integración Centroamericana; Central American Integration System; Système d'intégration centraméricain",
  },
  CARICOM: { name: 'Caribbean Community', forms: '^CARICOM; Caribbean Community; Communauté des Caraïbes; Comunidad del Caribe' },
  ICRC: {
    name: 'International Committee of the Red Cross',
    forms:
      '^CICR; ^ICRC; Comité international de la Croix-Rouge; International Committee of the Red Cross; Comité Internacional de la Cruz Roja',
  },
  IFRC: {
    name: 'International Federation of Red Cross and Red Crescent Societies',
    forms:
      '^IFRC; ^FICR; International Federation of Red Cross and Red Crescent Societies; Fédération internationale des sociétés de la Croix-Rouge et du Croissant-Rouge; ' +
      'Federación Internacional de Sociedades de la Cruz Roja y de la Media Luna Roja',
  },
  PAHO: {
    name: 'Pan American Health Organization',
    forms: '^PAHO; ^OPS; Pan American Health Organization; Organisation panaméricaine de la santé; Organización Panamericana de la Salud',
  },
  CERF: {
    name: 'Central Emergency Response Fund',
    forms:
      "^CERF; Central Emergency Response Fund; UN Central Emergency Response Fund; Fonds central d'intervention d'urgence; " +
      "Fonds central d'intervention d'urgence des Nations Unies; Fondo Central para la Acción en Casos de Emergencia; Fondo Central de Respuesta a Emergencias",
  },
  SDC: {
    name: 'Swiss Agency for Development and Cooperation',
    forms:
      '^SDC; ^DDC; ^COSUDE; Swiss Agency for Development and Cooperation; Direction du développement et de la coopération; Coopération suisse; ' +
      'Agencia Suiza para el Desarrollo y la Cooperación; Cooperación Suiza; Swiss Development Cooperation',
  },
  DFID: {
    name: 'UK Department for International Development',
    forms: '^DFID; Department for International Development; UK Department for International Development; UK Aid; UKaid',
  },
  FCDO: {
    name: 'UK Foreign, Commonwealth and Development Office',
    forms: '^FCDO; Foreign, Commonwealth and Development Office; Foreign, Commonwealth & Development Office',
  },
  DFAT: {
    name: 'Australian Department of Foreign Affairs and Trade',
    forms: '^DFAT; Department of Foreign Affairs and Trade; Australian Department of Foreign Affairs and Trade; Australian Aid',
  },
  GAC: { name: 'Global Affairs Canada', forms: 'Global Affairs Canada; Affaires mondiales Canada; Asuntos Globales Canadá' },
  MERCOSUR: {
    name: 'Southern Common Market',
    forms: '^MERCOSUR; ^MERCOSUL; Mercosur; Mercosul; Mercado Común del Sur; Marché commun du Sud',
  },
  AECID: {
    name: 'Spanish Agency for International Development Cooperation',
    forms: '^AECID; Agencia Española de Cooperación Internacional para el Desarrollo; Cooperación Española',
  },
  AFD: { name: 'Agence française de développement', forms: '^AFD; Agence française de développement; French Development Agency' },
  JICA: {
    name: 'Japan International Cooperation Agency',
    forms: '^JICA; Japan International Cooperation Agency; Agence japonaise de coopération internationale',
  },
  KOICA: { name: 'Korea International Cooperation Agency', forms: '^KOICA; Korea International Cooperation Agency' },
  'WORLD-BANK': { name: 'World Bank', forms: 'Banque mondiale; World Bank; Banco Mundial' },
  IDB: {
    name: 'Inter-American Development Bank',
    forms: '^BID; ^IDB; Banque interaméricaine de développement; Inter-American Development Bank; Banco Interamericano de Desarrollo',
  },
  OSCE: {
    name: 'Organization for Security and Co-operation in Europe',
    forms: '^OSCE; Organisation pour la sécurité et la coopération en Europe; Organization for Security and Co-operation in Europe',
  },
  UNESCO: { name: 'UNESCO', forms: '^UNESCO; Unesco' },
  FAO: {
    name: 'Food and Agriculture Organization',
    forms:
      "^FAO; Food and Agriculture Organization; Organisation des Nations Unies pour l'alimentation et l'agriculture; Organización de las Naciones Unidas para la Alimentación y la Agricultura",
  },
  UNAIDS: { name: 'UNAIDS', forms: '^UNAIDS; ^ONUSIDA; Onusida' },
  UNEP: {
    name: 'United Nations Environment Programme',
    forms: "^UNEP; ^PNUE; ^PNUMA; United Nations Environment Programme; Programme des Nations Unies pour l'environnement",
  },
  IGAD: {
    name: 'Intergovernmental Authority on Development',
    forms: '^IGAD; Intergovernmental Authority on Development; Autorité intergouvernementale pour le développement',
  },
  GIZ: {
    name: 'Deutsche Gesellschaft für Internationale Zusammenarbeit',
    forms: '^GIZ; Deutsche Gesellschaft für Internationale Zusammenarbeit',
  },
};

/**
 * Hand list of cities and sub-national places that identify a country in
 * migration and humanitarian news: capitals in their fr/es/en spellings
 * (world-countries only carries English capitals), border towns, transit hubs
 * and crisis regions (for Afghanistan and the Central African Republic, the provinces
 * and prefectures in the spellings the news uses). Variants of one place are separated by "|", places by
 * ";". A leading "@" marks a headquarters city (Geneva, New York...) whose
 * dateline usually says where the office is, not what the release is about.
 *
 * Deliberately absent: names that are also common words or frequent first
 * names or surnames (Nice, Victoria, Valencia, León, Mendoza, Rosario,
 * Guerrero, Santa Cruz, Córdoba, Malé), or that are shared by several
 * countries (Tripoli is kept as Libya because that is the migration usage).
 */
export const CITIES: Readonly<Record<string, string>> = {
  // --- Latin America and the Caribbean
  MX:
    'Mexico City|Ciudad de México|Ciudad de Mexico|Mexico DF|México DF|Mexico D.F.|CDMX; Tapachula; Tijuana; Ciudad Juárez; Juárez; Monterrey; Guadalajara; ' +
    'Reynosa; Nuevo Laredo; Matamoros; Mexicali; Nogales; Ciudad Hidalgo; Tenosique; Acapulco; Cancún; Puebla; Saltillo; Piedras Negras; ' +
    'Hermosillo; Tuxtla Gutiérrez|Tuxtla Gutierrez; San Cristóbal de las Casas|San Cristobal de las Casas; Villahermosa; Coatzacoalcos; ' +
    'Chiapas; Oaxaca; Veracruz; Tabasco; Sonora; Chihuahua; Baja California; Tamaulipas; Coahuila; Nuevo León; Quintana Roo; Jalisco; Michoacán; Sinaloa; Zacatecas',
  GT:
    'Guatemala City|Ciudad de Guatemala|Ville de Guatemala|Ciudad Guatemala; Quetzaltenango|Xela; ' +
    'Tecún Umán|Tecun Uman; Huehuetenango; Petén; Escuintla; Chiquimula; Puerto Barrios; Cobán; Esquipulas',
  HN: 'Tegucigalpa; San Pedro Sula; La Ceiba; Choluteca; Comayagua; Trojes',
  SV: 'San Salvador; Santa Ana',
  NI: 'Managua; Chinandega; Estelí',
  CR: 'San José de Costa Rica|San José; Paso Canoas; Limón; Upala; Los Chiles; Alajuela',
  PA: 'Panama City|Ciudad de Panamá|Ciudad de Panama|Panama Ville; Darién|Darien|Darién Gap|Tapón del Darién|Bouchon du Darién; Bocas del Toro; Metetí; Lajas Blancas',
  BZ: 'Belmopan; Belize City',
  CU: 'Havana|La Havane|La Habana; Santiago de Cuba; Camagüey',
  HT: 'Port-au-Prince|Puerto Príncipe; Cap-Haïtien|Cap Haïtien|Cap-Haitien|Cabo Haitiano; Les Cayes; Gonaïves|Gonaives; Ouanaminthe; Jacmel; Hinche; Belladère; Artibonite',
  DO: 'Santo Domingo|Saint-Domingue; Santiago de los Caballeros; Dajabón|Dajabon; Puerto Plata; Punta Cana; San Pedro de Macorís',
  JM: 'Kingston; Montego Bay',
  TT: "Port of Spain|Port-of-Spain|Port-d'Espagne|Puerto España; Chaguaramas",
  BB: 'Bridgetown',
  BS: 'Nassau',
  GY: 'Georgetown',
  SR: 'Paramaribo',
  AW: 'Oranjestad',
  CW: 'Willemstad',
  LC: 'Castries',
  VC: 'Kingstown',
  DM: 'Roseau',
  KN: 'Basseterre',
  GF: 'Cayenne|Kourou|Saint-Laurent-du-Maroni',
  CO:
    'Bogotá|Bogota; Medellín|Medellin; Cali; Barranquilla; Cartagena|Cartagena de Indias; Cúcuta|Cucuta; Bucaramanga; Pasto; Ipiales; ' +
    'Necoclí|Necocli; Riohacha; Maicao; Arauca; Santa Marta; Villa del Rosario; Tumaco; ' +
    'Antioquia; Nariño; Chocó; Putumayo; La Guajira; Norte de Santander; Vichada; Cauca; Urabá',
  VE: 'Caracas; Maracaibo; San Antonio del Táchira; Táchira; Zulia; Puerto Ayacucho; Ciudad Guayana; Barquisimeto; Puerto Ordaz; Maturín',
  EC: 'Quito; Guayaquil; Tulcán|Tulcan; Huaquillas; Lago Agrio; Esmeraldas; Machala; Sucumbíos; Galápagos|Galapagos',
  PE: 'Lima; Tumbes; Tacna; Cusco|Cuzco; Arequipa; Piura; Iquitos; Callao; Madre de Dios',
  BO: 'La Paz; Cochabamba; El Alto; Oruro; Pisiga; Potosí; Santa Cruz de la Sierra',
  CL: 'Santiago de Chile|Santiago; Arica; Iquique; Antofagasta; Colchane; Valparaíso|Valparaiso',
  AR: 'Buenos Aires; Mar del Plata; Ushuaia; Tucumán',
  UY: 'Montevideo',
  PY: 'Asunción|Asuncion|Assomption; Ciudad del Este',
  BR:
    'Brasília|Brasilia; São Paulo|Sao Paulo|São Paulo; Rio de Janeiro|Río de Janeiro; Manaus; Boa Vista; Pacaraima; ' +
    'Roraima; Belém; Salvador de Bahia; Recife; Porto Alegre; Curitiba; Belo Horizonte',
  // --- Northern America
  US:
    '@Washington|Washington D.C.|Washington DC|Washington, D.C.; @New York|Nueva York|New York City; Los Angeles; Miami; Houston; San Diego; Chicago; ' +
    'El Paso; San Antonio; Phoenix; Brownsville; McAllen; Laredo; Yuma; Tucson; Boston; Atlanta; Dallas; Denver; Seattle; San Francisco; Philadelphie|Philadelphia|Filadelfia; ' +
    'Texas|Texas; Californie|California; Arizona; Floride|Florida; New Jersey|Nueva Jersey; New Mexico|Nouveau-Mexique|Nuevo México|Nuevo Mexico; Louisiane|Louisiana; Nevada; Alaska; Hawaï|Hawaii',
  CA: 'Ottawa; Toronto; Montréal|Montreal; Vancouver; Québec|Quebec; Calgary; Winnipeg',
  // --- Africa
  NE: 'Niamey; Agadez; Zinder; Maradi; Tahoua; Diffa; Tillabéri|Tillaberi; Arlit; Dirkou; Assamaka; Dosso',
  ML: 'Bamako; Gao; Tombouctou|Timbuktu|Tombuctú; Mopti; Kidal; Sikasso; Kayes; Ségou|Segou; Ménaka',
  BF: 'Ouagadougou; Bobo-Dioulasso; Djibo; Fada N’Gourma',
  SN: 'Dakar; Tambacounda; Ziguinchor; Kaolack; Thiès; Kolda; Kédougou|Kedougou',
  GM: 'Banjul; Serekunda',
  GN: 'Conakry; Kankan; Nzérékoré|Nzerekore; Labé; Kindia',
  GW: 'Bissau',
  SL: 'Freetown',
  LR: 'Monrovia',
  CI: 'Abidjan; Yamoussoukro; Bouaké|Bouake; San-Pédro; Korhogo; Daloa',
  GH: 'Accra; Kumasi; Tamale',
  TG: 'Lomé|Lome',
  BJ: 'Cotonou; Porto-Novo; Parakou; Malanville',
  NG: 'Lagos; Abuja; Kano; Benin City; Port Harcourt; Maiduguri; Borno; Edo State; Ibadan; Kaduna; Sokoto',
  CM: 'Yaoundé|Yaounde; Douala; Maroua; Garoua; Bamenda; Buea',
  TD: "N'Djamena|N'Djaména|Ndjamena|Yamena; Abéché|Abeche; Moundou",
  CF:
    'Bangui; Bambari; Bria; Kaga-Bandoro; Nana-Gribizi; Ouham; Ouham-Pendé; Ouaka; Haute-Kotto; Basse-Kotto; Mbomou; Haut-Mbomou; ' +
    "Vakaga; Bamingui-Bangoran; Lobaye; Mambéré-Kadéï; Nana-Mambéré; Ombella-M'Poko; Sangha-Mbaéré; Bossangoa; Paoua; Bocaranga; " +
    'Zémio|Zemio; Bangassou; Alindao; Batangafo; Berbérati|Berberati; Bouar; Ndélé|Ndele; Birao; Mobaye; Kouango',
  CG: 'Brazzaville; Pointe-Noire|Pointe Noire',
  CD: 'Kinshasa; Goma; Bukavu; Lubumbashi; Kisangani; Bunia; Kananga; Mbuji-Mayi; Uvira; Nord-Kivu|North Kivu|Kivu du Nord|Kivu Norte; Sud-Kivu|South Kivu|Kivu du Sud; Ituri; Kasaï|Kasai',
  GA: 'Libreville',
  GQ: 'Malabo',
  AO: 'Luanda',
  SD: 'Khartoum|Jartum|Jartún; Port Sudan|Port-Soudan|Puerto Sudán; El Fasher|El-Fasher; Nyala; Kassala; Darfour|Darfur; Kordofan; Geneina|El Geneina',
  SS: 'Juba|Djouba; Malakal; Bentiu; Wau; Renk',
  ET: 'Addis Ababa|Addis-Abeba|Addis Abeba|Adís Abeba; Gondar; Dire Dawa; Mekele|Mekelle; Tigray|Tigré; Amhara; Oromia',
  ER: 'Asmara',
  DJ: 'Djibouti City|Ville de Djibouti|Obock; Tadjourah',
  SO: 'Mogadishu|Mogadiscio|Mogadiscio; Hargeisa; Bossaso|Bosaso; Kismayo; Baidoa; Garowe; Somaliland|Somalilandia; Puntland|Puntlandia',
  KE: 'Nairobi; Mombasa; Kakuma; Dadaab; Kisumu',
  UG: 'Kampala; Gulu; Arua',
  RW: 'Kigali',
  BI: 'Bujumbura; Gitega',
  TZ: 'Dar es Salaam|Dar-es-Salaam; Dodoma; Arusha; Zanzibar',
  ZM: 'Lusaka',
  ZW: 'Harare; Bulawayo',
  MZ: 'Maputo; Beira; Cabo Delgado; Nampula',
  MW: 'Lilongwe; Blantyre',
  BW: 'Gaborone',
  NA: 'Windhoek',
  ZA: 'Johannesburg|Johannesburgo; Pretoria; Cape Town|Le Cap|Ciudad del Cabo; Durban',
  LS: 'Maseru',
  SZ: 'Mbabane',
  MG: 'Antananarivo|Tananarive',
  MU: 'Port-Louis',
  KM: 'Moroni',
  CV: 'Praia',
  LY: 'Tripoli|Trípoli; Benghazi|Bengasi|Benghazi; Sabha|Sebha; Misrata|Misurata; Zuwara|Zouara; Zawiya|Zawiyah; Tobrouk|Tobruk; Kufra|Koufra',
  TN: 'Tunis|Túnez; Sfax; Sousse; Médenine|Medenine; Zarzis',
  DZ: 'Alger|Algiers|Argel; Oran|Orán; Tamanrasset',
  MA: 'Rabat; Casablanca; Tanger|Tangier|Tánger; Oujda; Nador; Fès|Fez; Marrakech|Marrakesh; Agadir',
  EG: 'Cairo|Le Caire|El Cairo; Alexandria|Alexandrie|Alejandría; Assouan|Aswan|Asuán; Port-Saïd|Port Said',
  MR: 'Nouakchott; Nouadhibou',
  EH: 'Laâyoune|Laayoune|El Aaiún; Dakhla',
  // --- Europe
  CH: '@Genève|Geneva|Ginebra|Genf; Berne|Bern|Berna; Zurich|Zúrich|Zürich; Lausanne; Bâle|Basel',
  BE: '@Bruxelles|Brussels|Bruselas; Anvers|Antwerp|Amberes',
  AT: '@Vienne|Vienna|Viena|Wien',
  IT: '@Rome|Roma; Lampedusa; Sicile|Sicily|Sicilia; Milan|Milano|Milán; Naples|Naples|Nápoles|Napoli; Palerme|Palermo; Calabre|Calabria; Turin|Torino; Venise|Venice|Venecia',
  FR: 'Paris|París; Calais; Marseille|Marsella; Lyon; Strasbourg|Estrasburgo; Toulouse; Bordeaux; Menton; Vintimille; Lille; Dunkerque|Dunkirk',
  ES:
    'Madrid; Barcelone|Barcelona; Séville|Seville|Sevilla; Malaga|Málaga; Almería|Almeria; Ceuta; Melilla; ' +
    'Canaries|îles Canaries|Canary Islands|Islas Canarias|Canarias; Las Palmas; Tenerife; Lanzarote; Fuerteventura; ' +
    'El Hierro; Algésiras|Algeciras; Cadix|Cádiz; Bilbao',
  PT: 'Lisbonne|Lisbon|Lisboa',
  GB: 'Londres|London; Manchester; Édimbourg|Edinburgh|Edimburgo; Douvres|Dover; Glasgow; Birmingham',
  IE: 'Dublin|Dublín',
  DE: 'Berlin|Berlín; Munich|München|Múnich; Hambourg|Hamburg|Hamburgo; Francfort|Frankfurt|Fráncfort; Cologne|Köln; Bonn',
  NL: 'La Haye|The Hague|La Haya|Den Haag; Amsterdam|Ámsterdam; Rotterdam|Róterdam',
  LU: 'Luxembourg-Ville',
  GR: 'Athènes|Athens|Atenas; Lesbos|Lesvos; Thessalonique|Thessaloniki|Tesalónica; Samos; Chios; Kos; Evros; Moria',
  MT: 'La Valette|Valletta|La Valeta',
  CY: 'Nicosie|Nicosia',
  PL: 'Varsovie|Warsaw|Varsovia; Cracovie|Krakow|Cracovia; Przemyśl|Przemysl',
  UA: 'Kiev|Kyiv|Kiev|Kïv; Kharkiv|Kharkov|Járkov; Odessa|Odesa; Lviv|Lvov|Leópolis; Dnipro; Zaporizhzhia; Donetsk; Louhansk|Luhansk; Marioupol|Mariupol',
  RU: 'Moscou|Moscow|Moscú; Saint-Pétersbourg|St Petersburg|San Petersburgo',
  TR: 'Istanbul|Estambul|İstanbul; Ankara; Izmir|İzmir|Esmirna; Gaziantep; Hatay; Edirne',
  HU: 'Budapest',
  RS: 'Belgrade|Belgrado',
  BA: 'Sarajevo; Bihać|Bihac',
  HR: 'Zagreb',
  MD: 'Chișinău|Chisinau|Kichinev',
  RO: 'Bucarest|Bucharest',
  SE: 'Stockholm|Estocolmo',
  NO: 'Oslo',
  DK: 'Copenhague|Copenhagen',
  FI: 'Helsinki',
  CZ: 'Prague|Praga',
  // --- Asia and the Middle East
  LB: 'Beyrouth|Beirut|Beirut; Bekaa|Beqaa',
  SY: 'Damas|Damascus|Damasco; Alep|Aleppo|Alepo; Idlib; Homs; Raqqa|Rakka; Deir ez-Zor',
  JO: 'Amman|Ammán; Zaatari|Zaatari|Za’atari; Azraq; Irbid',
  IQ: 'Bagdad|Baghdad; Erbil|Irbil; Mossoul|Mosul; Bassora|Basra; Sinjar; Dohuk|Duhok; Kirkuk',
  YE: "Sanaa|Sana'a|Saná; Aden|Adén; Marib|Ma'rib; Hodeida|Hodeidah|Al Hudaydah",
  SA: 'Riyad|Riyadh; Djeddah|Jeddah|Yeda; La Mecque|Mecca|La Meca',
  AE: 'Dubaï|Dubai; Abou Dhabi|Abu Dhabi',
  QA: 'Doha',
  KW: 'Koweït City|Kuwait City',
  OM: 'Mascate|Muscat|Mascate',
  IL: 'Jérusalem|Jerusalem|Jerusalén; Tel-Aviv|Tel Aviv',
  PS: 'Gaza|Bande de Gaza|Gaza Strip|Franja de Gaza; Cisjordanie|West Bank|Cisjordania; Ramallah; Rafah',
  IR: 'Téhéran|Tehran|Teherán; Mashhad',
  AF:
    'Kaboul|Kabul; Hérat|Herat; Kandahar; Jalalabad; Mazar-i-Sharif; Oruzgan|Uruzgan|Urozgan; Helmand; Nangarhar; Kunar; ' +
    'Kunduz|Kondoz; Badakhshan; Faryab; Ghazni; Paktia|Paktya; Paktika; Khost; Laghman; Baghlan; Badghis; Daykundi|Daikundi; ' +
    'Zabul; Logar; Wardak; Parwan; Kapisa; Takhar; Jawzjan|Jowzjan; Samangan; Bamyan|Bamiyan; Nimroz; Panjshir; Nuristan; Balkh; Sar-e Pol|Sar-e-Pol|Sar-i-Pul|Sari Pul|Sare Pul',
  PK: 'Islamabad; Karachi; Lahore; Peshawar; Quetta; Baloutchistan|Balochistan|Baluchistán',
  IN: 'New Delhi|New Delhi|Nueva Delhi|Delhi; Mumbai|Bombay; Calcutta|Kolkata; Chennai; Bangalore|Bengaluru; Hyderabad',
  BD: "Dacca|Dhaka; Cox's Bazar|Cox’s Bazar|Coxs Bazar; Chittagong; Sylhet",
  NP: 'Katmandou|Kathmandu|Katmandú',
  LK: 'Colombo',
  MM: 'Yangon|Rangoun|Rangún|Rangoon; Naypyidaw; Mandalay; Rakhine|Arakan',
  TH: 'Bangkok; Chiang Mai; Mae Sot',
  KH: 'Phnom Penh|Phnom Penh',
  VN: 'Hanoï|Hanoi; Ho Chi Minh-Ville|Ho Chi Minh City|Ciudad Ho Chi Minh|Saïgon|Saigon',
  LA: 'Vientiane',
  PH: 'Manille|Manila; Mindanao; Cebu; Davao',
  ID: 'Jakarta|Djakarta|Yakarta; Aceh; Bali',
  MY: 'Kuala Lumpur',
  CN: 'Pékin|Beijing|Pekín; Shanghai|Shanghái',
  JP: 'Tokyo|Tokio',
  KR: 'Séoul|Seoul|Seúl',
  KZ: 'Astana|Almaty',
  UZ: 'Tachkent|Tashkent',
  TJ: 'Douchanbé|Dushanbe',
  KG: 'Bichkek|Bishkek',
  // --- Oceania
  AU: 'Canberra; Sydney|Sídney; Melbourne',
  NZ: 'Auckland',
  PG: 'Port Moresby; Bougainville',
  FJ: 'Suva',
};

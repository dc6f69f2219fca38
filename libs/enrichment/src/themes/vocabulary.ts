/**
 * Multilingual (fr/en/es) theme lexicons. Each theme lists phrases by weight:
 * 3 = specific multi-word expressions that alone say what a text is about,
 * 2 = specific words, 1 = related but generic words that only count together
 * with others. Phrases are separated by ";" and use the expansion notation of
 * `expandForms` ("victime(s)", "(trafficking|smuggling) route(s)"). Matching
 * ignores case and accents; a leading "=" makes a phrase accent-sensitive
 * where folding would merge two words (formés/formes).
 */

export type ThemeId =
  | 'human-trafficking'
  | 'migrant-smuggling'
  | 'forced-labour'
  | 'sexual-exploitation'
  | 'victim-protection'
  | 'migrant-protection'
  | 'capacity-building'
  | 'law-enforcement-justice'
  | 'awareness-campaign'
  | 'return-reintegration'
  | 'border-management'
  | 'irregular-migration'
  | 'labour-migration'
  | 'displacement-emergency'
  | 'migration-health'
  | 'climate-environment'
  | 'children-youth'
  | 'gender'
  | 'human-rights'
  | 'policy-governance'
  | 'data-research'
  | 'funding-partnerships'
  | 'international-cooperation'
  | 'organized-crime'
  | 'resettlement-refugees'
  | 'diaspora-development';

export interface ThemeDefinition {
  readonly id: ThemeId;
  readonly labels: Readonly<Record<'fr' | 'en' | 'es', string>>;
  /** Closest ReliefWeb theme (reliefweb.int taxonomy). */
  readonly reliefweb: string;
  readonly terms: Readonly<Partial<Record<1 | 2 | 3, string>>>;
}

export const THEMES: readonly ThemeDefinition[] = [
  {
    id: 'human-trafficking',
    labels: { fr: 'Traite des personnes', en: 'Human trafficking', es: 'Trata de personas' },
    reliefweb: 'Protection and Human Rights',
    terms: {
      3:
        "traite des personnes; traite de personnes; traite des êtres humains; traite d'êtres humains; traite humaine; " +
        "trafic d'êtres humains; lutte contre la traite; contre la traite; victime(s) de (la) traite; crime de traite; " +
        'cas de traite; délit de traite; human trafficking; trafficking in persons; trafficking in human beings; ' +
        'trafficking of persons; trafficked person(s); trafficking victim(s); victim(s) of trafficking; counter-trafficking; ' +
        'anti-trafficking; survivors of trafficking; trata de personas; trata de seres humanos; trata de mujeres; ' +
        'trata de niños; víctima(s) de trata; lucha contra la trata; contra la trata; delito de trata; tratante(s); ' +
        "trafiquant(s) d'êtres humains; protocole de Palerme; Palermo Protocol; protocolo de Palermo; trata laboral; " +
        'journée mondiale contre la traite; World Day against Trafficking (in Persons); Día Mundial contra la Trata (de Personas); Blue Heart; Cœur bleu; Corazón Azul',
      2:
        'mendicité forcée; forced begging; mendicidad forzada; contraint(e)(s) de mendier; forced to beg; obligado(s) a mendigar; ' +
        '=la traite; =de traite; =de la traite; =les traites; traffickers; trafficker; trafficked; trafficking; la trata; de trata; ' +
        'tráfico de personas; trafic de personnes',
    },
  },
  {
    id: 'migrant-smuggling',
    labels: { fr: 'Trafic illicite de migrants', en: 'Migrant smuggling', es: 'Tráfico ilícito de migrantes' },
    reliefweb: 'Protection and Human Rights',
    terms: {
      3:
        'trafic illicite de migrants; trafic de migrants; réseau(x) de passeurs; passeurs de migrants; migrant smuggling; ' +
        'smuggling of migrants; people smuggling; human smuggling; smuggling network(s); tráfico ilícito de migrantes; ' +
        'tráfico de migrantes; traficante(s) de migrantes; redes de tráfico de migrantes; introduction clandestine de migrants; ' +
        'smuggling route(s); smuggling ring(s); réseau(x) de trafic de migrants; passage(s) clandestin(s)',
      2: 'passeur(s); smuggler(s); smuggling; smuggled; pollero(s); coyote(s); tráfico ilícito',
    },
  },
  {
    id: 'forced-labour',
    labels: { fr: 'Travail forcé', en: 'Forced labour', es: 'Trabajo forzoso' },
    reliefweb: 'Protection and Human Rights',
    terms: {
      3:
        'travail forcé; travaux forcés; forced labour; forced labor; trabajo(s) forzoso(s); trabajo(s) forzado(s); ' +
        'servitude pour dettes; debt bondage; servidumbre por deudas; esclavage moderne; modern slavery; esclavitud moderna; ' +
        'exploitation par le travail; exploitation au travail; exploitation économique; labour exploitation; labor exploitation; ' +
        'explotación laboral; travail des enfants; child labour; child labor; trabajo infantil; servitude domestique; ' +
        'domestic servitude; servidumbre doméstica; conditions de travail abusives; abusive working conditions; ' +
        'explotación sexual y laboral; explotación laboral y sexual; exploitation sexuelle et par le travail; ' +
        'sexual and labour exploitation; labour and sexual exploitation; exploité(e)(s) au travail; explotado(s) laboralmente; ' +
        'retenido(s) por deudas; retenus pour dettes; held in debt bondage; travail non rémunéré; unpaid work; trabajo no remunerado; ' +
        'trata laboral; trata con fines de explotación laboral; fines de explotación laboral; traite à des fins de travail forcé; ' +
        "traite à des fins d'exploitation (par le|au) travail; trafficking for (forced) labour; trafficking for labour exploitation; " +
        'trafficking for forced labor; trafficking for labor exploitation; exploité(e)(s) comme domestique(s); ' +
        'explotada(s) como empleada(s) doméstica(s); exploited as domestic worker(s); enfants travailleurs; child labourers; ' +
        'child laborers; niño(s) trabajador(es); pires formes de travail des enfants; worst forms of child labour; ' +
        'worst forms of child labor; peores formas de trabajo infantil; travail des mineurs; trabajo de menores',
      2:
        'servitude; servidumbre; passeport(s) confisqué(s); confiscated passport(s); ' +
        'pasaporte(s) retenido(s); inspection du travail; inspecteur(s) du travail; labour inspection(s); labor inspection(s); ' +
        'labour inspector(s); labor inspector(s); inspección (de|del) trabajo; inspector(es) (de|del) trabajo',
      // Slavery alone is also the Libyan slave markets and history, not labour.
      1: 'esclavage; slavery; esclavitud',
    },
  },
  {
    id: 'sexual-exploitation',
    labels: { fr: 'Exploitation sexuelle', en: 'Sexual exploitation', es: 'Explotación sexual' },
    reliefweb: 'Protection and Human Rights',
    terms: {
      3:
        'exploitation sexuelle; sexual exploitation; explotación sexual; explotación sexual comercial; prostitution forcée; ' +
        'forced prostitution; prostitución forzada; abus sexuel(s); sexual abuse; abuso(s) sexual(es); tourisme sexuel; ' +
        'sex tourism; turismo sexual; pornographie infantile; child pornography; pornografía infantil; ' +
        "fins d'exploitation sexuelle; fines de explotación sexual; esclavage sexuel; sexual slavery; esclavitud sexual; " +
        'explotación sexual y laboral; explotación laboral y sexual; exploitation sexuelle et (par le travail|économique); ' +
        'sexual and labour exploitation; labour and sexual exploitation; exploité(e)(s) sexuellement; explotado(s) sexualmente; ' +
        'explotada(s) sexualmente; sexually exploited; forced into prostitution; contraint(e)(s) à la prostitution; ' +
        'obligada(s) a prostituirse; forzada(s) a prostituirse',
      2:
        'prostitution; prostitución; proxénétisme; proxénète(s); pimp(s); proxeneta(s); prostíbulo(s); burdel(es); bordel(s); ' +
        'brothel(s); maison(s) close(s); prostituées; prostitutas; trabajo sexual; travail du sexe; sex work; sex trade',
      1: 'sexuelle(s); sexual(es)',
    },
  },
  {
    id: 'victim-protection',
    labels: { fr: 'Protection des victimes', en: 'Victim protection', es: 'Protección de víctimas' },
    reliefweb: 'Protection and Human Rights',
    terms: {
      3:
        'protection des victimes; assistance aux victimes; aide aux victimes; soutien aux victimes; prise en charge des victimes; ' +
        'identification des victimes; victim protection; victim assistance; assistance to victims; support to victims; ' +
        'victim identification; protection of victims; protección (a|de) (las) víctimas; atención (a|de) (las) víctimas; ' +
        'asistencia a (las) víctimas; identificación de (las) víctimas; refuge(s) pour victimes; shelter(s) for victims; ' +
        'albergue(s) para víctimas; victim-centred; victim-centered; centrado en las víctimas; centré sur les victimes; ' +
        "orientation des victimes; referral mechanism(s); mécanisme(s) d'orientation; mecanismo(s) de derivación; " +
        'mecanismo(s) de referencia; soutien psychosocial; psychosocial support; apoyo psicosocial; ' +
        'reparación integral; reparación (a|de) (las) víctimas; víctimas del conflicto (armado); ley de víctimas; ' +
        'réparation(s) (des|aux) victimes; victimes du conflit (armé); reparations (for|to) victims; victims of (the) (armed) conflict; ' +
        'accueil des victimes; hébergement des victimes; accompagnement des victimes; foyer(s) pour victimes; ' +
        'identifier (les) victimes; protéger les victimes; venir en aide aux victimes; aider les victimes; ' +
        'assisting victims; identifying victims; identify and assist victims; assistance (of|for) victims; support for victims; ' +
        'care for victims; victim support; victim services; services for victims; safe house(s); reflection period; ' +
        'asistencia de (las) víctimas; apoyo a (las) víctimas; acogida de (las) víctimas; derivación de (las) víctimas; ' +
        'identificar a (las) víctimas; proteger a (las) víctimas; casa(s) de acogida; casa(s) refugio',
      2:
        'survivant(e)(s); survivor(s); sobreviviente(s); superviviente(s); rescapé(e)(s); rescued; rescatadas; rescatados; ' +
        'reparación; indemnización(es); réparation(s); reparation(s)',
      1: 'victime(s); victim(s); víctima(s); assistance directe; direct assistance; réhabilitation; rehabilitation; rehabilitación',
    },
  },
  {
    id: 'migrant-protection',
    labels: { fr: 'Protection des migrants', en: 'Migrant protection', es: 'Protección de migrantes' },
    reliefweb: 'Protection and Human Rights',
    terms: {
      3:
        'protection des migrants; migrant protection; protection of migrants; protección de (los) migrantes; ' +
        "droits des migrants; migrant rights; migrants' rights; rights of migrants; derechos de (los|las) (personas) migrantes; " +
        'migrants vulnérables; vulnerable migrants; migrantes vulnerables; migrants en situation de vulnérabilité; ' +
        'migrantes en situación de vulnerabilidad; migrants in vulnerable situations; migrants bloqués; stranded migrants; ' +
        'migrantes varados; assistance aux migrants; aide aux migrants; assistance to migrants; asistencia a (los) migrantes; ' +
        'atención a (los) migrantes; migrants disparus; missing migrants; migrantes desaparecidos; ' +
        'détention des migrants; immigration detention; detención de migrantes; alternatives à la détention; ' +
        'alternatives to detention; alternativas a la detención; albergue(s) para migrantes; centre(s) pour migrants; ' +
        'protection temporaire; temporary protection; protección temporal; premiers secours psychologiques; ' +
        'psychological first aid; primeros auxilios psicológicos; accès aux services; access to services; acceso a (los) servicios; ' +
        "droits des travailleurs migrants; migrant workers' rights; derechos de los trabajadores migrantes; " +
        'migrants détenus; detained migrants; migrantes detenidos; niños migrantes detenidos; enfants migrants détenus; ' +
        'atención de (los) migrantes; protection des réfugiés et des migrants; solidarité avec les migrants; solidarity with migrants; ' +
        'solidaridad con (los) migrantes; protection consulaire; assistance consulaire; consular protection; consular assistance; ' +
        'protección consular; asistencia consular; maison(s) du migrant; migrant shelter(s); casa(s) del migrante; refugio(s) para migrantes',
      2:
        'régularisation; regularisation; regularization; regularización; abus; abuse(s); abuso(s); abusos laborales; labour abuses; ' +
        "reception centre(s); reception center(s); reception conditions; centre(s) d'accueil; structure(s) d'accueil; conditions d'accueil; " +
        'centro(s) de acogida; condiciones de acogida; xénophobie; xenophobia; xenofobia; hostilité envers les migrants; ' +
        'violences policières; police violence; violencia policial; détention; detention; detención; détenus; detained; detenidos',
      1: 'vulnérabilité(s); vulnerability; vulnerabilities; vulnerabilidad(es); vulnérable(s); vulnerable(s); protection; protección',
    },
  },
  {
    id: 'capacity-building',
    labels: { fr: 'Renforcement des capacités', en: 'Capacity building', es: 'Fortalecimiento de capacidades' },
    reliefweb: 'Coordination',
    terms: {
      3:
        'renforcement des capacités; renforcer (les|leurs) capacités; capacity building; capacity-building; build(ing) capacity; ' +
        'build(ing) the capacity; strengthen(ing) (the) capacity; strengthen(ing) capacities; fortalecimiento de (las) capacidades; fortalecer (las|sus) capacidades; ' +
        'creación de capacidades; desarrollo de capacidades; formation des formateurs; training of trainers; formación de formadores; ' +
        'session(s) de formation; training session(s); sesión(es) de capacitación; atelier(s) de formation; training workshop(s); ' +
        'taller(es) de capacitación; module(s) de formation; training module(s); programme de formation; training programme; ' +
        'programa de capacitación; cours de formation; training course(s); curso(s) de capacitación',
      2:
        'atelier(s); workshop(s); taller(es); formation(s); training(s); trained; capacitación; capacitaciones; capacitar; ' +
        'capacita; capacitan; capacitó; capacitaron; capacitamos; capacitarán; ' +
        'capacitado(s); capacitada(s); =formés; =formées; =formé; former des; formateur(s); trainer(s); formador(es); ' +
        'manuel(s) de formation; training manual(s); manual(es) de capacitación; renforcer les compétences',
      1: 'skills; curso(s); course(s); compétences; competencias; habilidades; outils; tools; herramientas; sensibiliser',
    },
  },
  {
    id: 'law-enforcement-justice',
    labels: { fr: 'Application de la loi et justice', en: 'Law enforcement and justice', es: 'Aplicación de la ley y justicia' },
    reliefweb: 'Protection and Human Rights',
    terms: {
      3:
        "application de la loi; forces de l'ordre; forces de sécurité; law enforcement; aplicación de la ley; fuerzas del orden; " +
        'fuerzas de seguridad; code pénal; criminal code; código penal; système judiciaire; judicial system; justice system; sistema judicial; ' +
        'sistema de justicia; fonctionnaires de justice; justice officials; operadores de justicia; poursuites judiciaires; ' +
        'criminal justice; justice pénale; justicia penal; enquêtes judiciaires; criminal investigation(s); investigación criminal; ' +
        'pouvoir judiciaire; judiciary; poder judicial; ministère public; public prosecutor(s); ministerio público; ' +
        'démantèlement de réseaux; dismantle(d) network(s); desarticulación de redes',
      2:
        'procureur(s); prosecutor(s); fiscalía(s); fiscales; poursuites pénales; prosecution(s); prosecute; prosecuted; procesamiento; ' +
        'enjuiciamiento; condamnation(s); conviction(s); condena(s); juge(s); judge(s); juez; jueces; magistrat(s); magistrate(s); ' +
        'magistrado(s); tribunal(es); tribunaux; court(s); policier(s); police; policía(s); policial(es); gendarmerie; ' +
        'gendarme(s); arrestation(s); arrest(s); arrested; arrestado(s); detenido(s); impunité; impunity; impunidad; judiciaire(s); ' +
        'judicial(es); juridique(s); jurídico(s); penal(es); pénal(e)(s); investigadores; enquêteurs; investigators',
      1: 'justice; justicia; crime(s); crimen(es); délit(s); delito(s); loi(s); law(s); ley(es); sanction(s); sanciones; enquête(s); investigation(s)',
    },
  },
  {
    id: 'awareness-campaign',
    labels: { fr: 'Campagne de sensibilisation', en: 'Awareness campaign', es: 'Campaña de sensibilización' },
    reliefweb: 'Protection and Human Rights',
    terms: {
      3:
        "campagne(s) de sensibilisation; campagne(s) d'information; campagne(s) de prévention; awareness campaign(s); " +
        'awareness-raising campaign(s); information campaign(s); prevention campaign(s); awareness-raising; raise awareness; raising awareness; ' +
        'campaña(s) de sensibilización; campaña(s) de información; campaña(s) de prevención; campaña(s) de concienciación; ' +
        'sensibilisation du public; public awareness; sensibilización pública; Blue Heart; Cœur bleu; Corazón Azul; ' +
        'journée mondiale contre la traite; World Day against Trafficking (in Persons); Día Mundial contra la Trata (de Personas); ' +
        'spot(s) radio; radio spot(s); cuña(s) radial(es); messages de prévention; prevention messages',
      2:
        'campagne(s); campaign(s); campaña(s); sensibilisation; sensibilización; concienciación; concientización; sensibiliser; ' +
        'sensibilizar; awareness; journée mondiale; world day; día mundial; affiche(s); poster(s); afiche(s); médias; media; medios de comunicación',
      1: 'prévention; prevention; prevención; prévenir; prevent; prevenir; information(s); información; informar; journalistes; journalists; periodistas',
    },
  },
  {
    id: 'return-reintegration',
    labels: { fr: 'Retour et réintégration', en: 'Return and reintegration', es: 'Retorno y reintegración' },
    reliefweb: 'Recovery and Reconstruction',
    terms: {
      3:
        'retour volontaire; retour(s) volontaire(s) assisté(s); aide au retour volontaire; voluntary return(s); assisted voluntary return(s); ' +
        'retorno(s) voluntario(s); retorno voluntario asistido; réintégration; reintegration; reintegración; réinsertion; reinserción; ' +
        'migrants de retour; migrants rapatriés; returnees; returning migrants; returned migrants; retornados; migrantes retornados; ' +
        'personas retornadas; rapatriement(s); repatriation(s); repatriación(es); ^AVRR; returned child(ren); ' +
        'niños retornados; niñas y niños retornados; enfants rapatriés; ' +
        'rentrer chez (eux|soi|elles); return home; regresar a casa; retour en famille; reunited with their families',
      2:
        'retorno(s); rapatrié(e)(s); repatriated; repatriado(s); rapatrier; repatriate; repatriar; retornaron; retournés volontaires; ' +
        'returned home; deportation(s); deported; deportado(s); deportación(es); expulsé(e)(s); expulsion(s); retournés',
      1:
        'retour(s); return(s); returned; returning; retourner; retornar; regresar; regreso; ' +
        "communautés d'origine; communities of origin; home communities; comunidades de origen; pays d'origine; " +
        'countries of origin; country of origin; país(es) de origen',
    },
  },
  {
    id: 'border-management',
    labels: { fr: 'Gestion des frontières', en: 'Border management', es: 'Gestión de fronteras' },
    reliefweb: 'Safety and Security',
    terms: {
      3:
        'gestion des frontières; gestion frontalière; gestion intégrée des frontières; border management; integrated border management; ' +
        'gestión de (las) fronteras; gestión fronteriza; gestión integrada de fronteras; contrôle(s) aux frontières; contrôle frontalier; ' +
        'border control(s); control(es) fronterizo(s); poste(s) frontière(s); poste(s) frontalier(s); border post(s); border crossing point(s); ' +
        'point(s) de passage frontalier(s); puesto(s) fronterizo(s); paso(s) fronterizo(s); garde(s)-frontière(s); garde-frontières; ' +
        'border guard(s); border official(s); border officer(s); guardia(s) fronteriza(s); agents des frontières; sécurité des frontières; ' +
        'border security; seguridad fronteriza; ^MIDAS; gestion des migrations aux frontières; frontières terrestres; land borders; ' +
        "point(s) d'entrée; point(s) of entry; punto(s) de entrada; surveillance des frontières; border surveillance; " +
        'vigilancia fronteriza; franchissement(s) de la frontière; cross-border movements; movimientos transfronterizos',
      2: "douane(s); customs; aduana(s); agents d'immigration; immigration officer(s); agentes de migración; oficiales de migración",
      1:
        'frontalier(s); frontalière(s); fronterizo(s); fronteriza(s); passage(s) frontalier(s); zone(s) frontalière(s); border area(s); ' +
        'frontière(s); border(s); frontera(s); immigration; inmigración; postes de contrôle; checkpoint(s)',
    },
  },
  {
    id: 'irregular-migration',
    labels: { fr: 'Migration irrégulière', en: 'Irregular migration', es: 'Migración irregular' },
    reliefweb: 'Protection and Human Rights',
    terms: {
      3:
        'migration irrégulière; migrations irrégulières; irregular migration; migración irregular; migrants irréguliers; ' +
        'migrants en situation irrégulière; irregular migrants; migrantes irregulares; migration clandestine; clandestine migration; ' +
        'migración clandestina; situation irrégulière; irregular situation; irregular status; situación irregular; sans papiers; sans-papiers; ' +
        'undocumented migrant(s); migrantes indocumentados; migration dangereuse; unsafe migration; migración insegura; ' +
        'Méditerranée centrale; Central Mediterranean; Mediterráneo central; route(s) migratoire(s) dangereuse(s)',
      2:
        'clandestin(e)(s); indocumentado(s); undocumented; naufrage(s); shipwreck(s); naufragio(s); patera(s); cayuco(s); ' +
        'traversée(s); crossing(s); travesía(s); route(s) migratoire(s); migratory route(s); migration route(s); ruta(s) migratoria(s); ' +
        'intercepté(e)(s); intercepted; interceptado(s); refoulé(e)(s); pushed back; pushbacks; devuelto(s) en (la) frontera; ' +
        'traversant le désert; crossing the desert; cruzar el desierto; sans documents; without documents; sin documentos',
      1: 'irrégulier(s); irrégulière(s); irregular(es); embarcation(s); boat(s); embarcación(es)',
    },
  },
  {
    id: 'labour-migration',
    labels: { fr: 'Migration de main-d’œuvre', en: 'Labour migration', es: 'Migración laboral' },
    reliefweb: 'Recovery and Reconstruction',
    terms: {
      3:
        "migration de main-d'œuvre; migration de travail; migrations de travail; labour migration; labor migration; migración laboral; " +
        'travailleur(s) migrant(s); travailleuse(s) migrante(s); migrant worker(s); trabajador(es) migrante(s); trabajadora(s) migrante(s); ' +
        'trabajadores migratorios; recrutement éthique; ethical recruitment; contratación ética; reclutamiento ético; ' +
        'agence(s) de recrutement; recruitment agenc(y|ies); agencia(s) de reclutamiento; agencia(s) de empleo; ' +
        'travailleur(s) domestique(s); domestic worker(s); trabajador(es) doméstico(s); trabajadora(s) doméstica(s); ' +
        "travailleur(s) saisonnier(s); seasonal worker(s); trabajador(es) temporal(es); temporary worker(s); mobilité de la main-d'œuvre; " +
        'labour mobility; labor mobility; movilidad laboral; marché du travail; labour market; labor market; mercado laboral; ' +
        'mercado de trabajo; permis de travail; work permit(s); permiso(s) de trabajo; visa(s) de travail; work visa(s); ' +
        'orientation avant le départ; formation préalable au départ; pre-departure orientation; pre-departure training; ' +
        'orientación previa a la partida; orientación prepartida; emploi formel; formal employment; empleo formal; ' +
        'frais de recrutement; recruitment fees; tarifas de contratación; insertion professionnelle; labour market integration; ' +
        'inserción laboral; integración socioeconómica; socio-economic integration; intégration socio-économique',
      2: "employeur(s); employer(s); empleador(es); main-d'œuvre; mano de obra; workforce; recrutement; recruitment; reclutamiento; contratación",
      1: 'emploi(s); employment; empleo(s); travailleur(s); worker(s); trabajador(es); trabajo; travail; work; salaire(s); wage(s); salario(s)',
    },
  },
  {
    id: 'displacement-emergency',
    labels: { fr: 'Déplacements et urgences', en: 'Displacement and emergencies', es: 'Desplazamiento y emergencias' },
    reliefweb: 'Camp Coordination and Camp Management',
    terms: {
      3:
        'personnes déplacées; déplacés internes; personnes déplacées internes; internally displaced; internally displaced persons; ^IDP(s); ' +
        'desplazados internos; personas desplazadas; desplazamiento forzado; desplazamiento interno; déplacement forcé; déplacement interne; ' +
        "forced displacement; internal displacement; crise humanitaire; humanitarian crisis; crisis humanitaria; réponse d'urgence; " +
        'emergency response; respuesta de emergencia; aide humanitaire; humanitarian aid; humanitarian assistance; ayuda humanitaria; ' +
        "asistencia humanitaria; abri(s) d'urgence; emergency shelter(s); albergue(s) temporal(es); articles non alimentaires; " +
        'non-food items; artículos no alimentarios; site(s) de déplacés; displacement site(s); camp(s) de déplacés; IDP camp(s); ' +
        'matrice de suivi des déplacements; displacement tracking matrix; matriz de seguimiento de desplazamiento(s); ^DTM; ' +
        'catastrophe(s) naturelle(s); natural disaster(s); desastre(s) natural(es); tremblement(s) de terre; séisme(s); earthquake(s); ' +
        'terremoto(s); sismo(s); ouragan(s); hurricane(s); huracán; huracanes; cyclone(s); ciclón; ciclones; typhoon(s); ' +
        'gestion des camps; camp management; gestión de campamentos; coordination et gestion des camps',
      2:
        'déplacé(e)(s); displaced; desplazado(s); desplazada(s); déplacement(s); displacement; desplazamiento(s); catastrophe(s); ' +
        'disaster(s); desastre(s); inondation(s); flood(s); flooding; inundación(es); conflit armé; armed conflict; conflicto armado; ' +
        'abri(s); shelter(s); refugio(s) temporal(es); évacuation(s); evacuation(s); evacuación(es); urgence humanitaire; emergencia humanitaria',
      1: 'urgence(s); emergenc(y|ies); emergencia(s); humanitaire(s); humanitarian; humanitario(s); humanitaria(s); crise(s); crisis; conflit(s); conflict(s); conflicto(s)',
    },
  },
  {
    id: 'migration-health',
    labels: { fr: 'Migration et santé', en: 'Migration health', es: 'Migración y salud' },
    reliefweb: 'Health',
    terms: {
      3:
        'santé des migrants; migrant health; health of migrants; salud de (los) migrantes; migration et santé; migration health; ' +
        'migración y salud; évaluation(s) sanitaire(s); health assessment(s); evaluación(es) de salud; ^VIH; ^HIV; sida; ^SIDA; ^AIDS; ' +
        'tuberculose; tuberculosis; paludisme; malaria; choléra; cholera; cólera; Ebola; ébola; COVID; coronavirus; ' +
        'santé mentale; mental health; salud mental; soins de santé; health care; healthcare; atención médica; atención sanitaria; ' +
        'services de santé; health services; servicios de salud; clinique(s) mobile(s); mobile clinic(s); clínica(s) móvil(es); ' +
        'vaccination(s); vaccine(s); vacunación; vacuna(s); santé publique; public health; salud pública',
      2:
        'épidémie(s); epidemic(s); epidemia(s); pandémie(s); pandemic; pandemia; médicament(s); medicine(s); medicamento(s); ' +
        'hôpital; hôpitaux; hospital(es); clinique(s); clinic(s); clínica(s); infirmier(s); infirmière(s); nurse(s); enfermera(s); ' +
        'médecin(s); doctor(es); doctors; ' +
        'malnutrition; desnutrición; diphtérie; diphtheria; difteria; rougeole; measles; sarampión; épidémiologique(s); epidemiological; ' +
        'epidemiológico(s); fournitures médicales; medical supplies; suministros médicos; équipes de santé; health teams; equipos de salud',
      1: 'santé; health; salud; médical(e)(s); médicaux; medical; médico(s); médica(s); sanitaire(s); sanitario(s); sanitaria(s)',
    },
  },
  {
    id: 'climate-environment',
    labels: { fr: 'Climat et environnement', en: 'Climate and environment', es: 'Clima y medio ambiente' },
    reliefweb: 'Climate Change and Environment',
    terms: {
      3:
        'changement(s) climatique(s); climate change; cambio climático; migration climatique; migrations climatiques; ' +
        "climate migration; climate-induced migration; migración climática; dégradation de l'environnement; environmental degradation; " +
        'degradación ambiental; désertification; desertification; desertificación; élévation du niveau de la mer; sea level rise; ' +
        'sea-level rise; aumento del nivel del mar; réduction des risques de catastrophe(s); disaster risk reduction; ' +
        'reducción del riesgo de desastres; adaptation au changement climatique; climate adaptation; adaptación al cambio climático; ' +
        'catastrophes liées au climat; climate-related disasters; desastres climáticos; medio ambiente',
      2:
        'climatique(s); climate; climático(s); climática(s); environnement; environment; environnemental(e)(s); environmental; ' +
        'ambiental(es)',
      // Hazards alone say "emergency" (displacement-emergency), not that the release is about climate or environment.
      1:
        'résilience; resilience; resiliencia; clima; catastrophe(s); disaster(s); desastre(s); naturel(le)(s); natural(es); ' +
        'sécheresse(s); drought(s); sequía(s); inondation(s); flood(s); inundación(es); érosion; erosion; erosión',
    },
  },
  {
    id: 'children-youth',
    labels: { fr: 'Enfants et jeunes', en: 'Children and youth', es: 'Niñez y juventud' },
    reliefweb: 'Protection and Human Rights',
    terms: {
      3:
        'enfants non accompagnés; mineurs non accompagnés; enfants séparés; unaccompanied child(ren); unaccompanied minor(s); ' +
        'separated children; niños no acompañados; niñas y niños no acompañados; menores no acompañados; niñas, niños y adolescentes; ' +
        "protection de l'enfance; protection des enfants; child protection; protección de la infancia; protección infantil; " +
        "protección de la niñez; droits de l'enfant; droits des enfants; children's rights; child rights; rights of the child; " +
        'derechos de la niñez; derechos del niño; derechos de los niños; menores de edad; garçons et filles; boys and girls; ' +
        'niños y niñas; niñas y niños; jeunes filles; young people; young migrants; jeunes migrants; jóvenes migrantes; ' +
        'travail des enfants; child labour; child labor; trabajo infantil; niños, niñas y adolescentes; niñas, niños, adolescentes; ' +
        '^NNA; enfants migrants; migrant children; niños migrantes; niñas y niños migrantes; niñez migrante; children on the move; ' +
        'enfants en déplacement; niñez en movimiento; menores migrantes; enfants réfugiés; refugee children; niños refugiados; ' +
        'enfants déplacés; displaced children; niños desplazados; niñas y niños desplazados; enfants soldats; child soldier(s); ' +
        "niño(s) soldado(s); recrutement d'enfants; recruitment of children; child recruitment; reclutamiento de (niños|menores); " +
        "mariage(s) d'enfants; mariage(s) précoce(s); child marriage; early marriage; matrimonio(s) infantil(es); matrimonio(s) precoz; " +
        'espace(s) ami(s) des enfants; child-friendly space(s); espacio(s) amigable(s)',
      2: 'mineur(e)(s); minors; menores; adolescent(e)(s); adolescents; adolescente(s); youth; jeunesse; juventud; niñez; infancia; enfance; childhood',
      1: 'enfant(s); child; children; niño(s); niña(s); jeune(s); jóvenes; école(s); school(s); escuela(s); élèves; students; estudiantes; étudiants',
    },
  },
  {
    id: 'gender',
    labels: { fr: 'Genre', en: 'Gender', es: 'Género' },
    reliefweb: 'Gender',
    terms: {
      3:
        'violence(s) basée(s) sur le genre; violence(s) fondée(s) sur le genre; violence sexiste; violences sexistes; gender-based violence; ' +
        'violencia de género; violencia basada en (el) género; égalité des sexes; égalité de genre; égalité entre les femmes et les hommes; ' +
        'égalité hommes-femmes; gender equality; igualdad de género; perspective de genre; gender perspective; perspectiva de género; ' +
        'approche sensible au genre; gender-sensitive; gender-responsive; gender mainstreaming; enfoque de género; ' +
        "autonomisation des femmes; women's empowerment; empowerment of women; empoderamiento de (las) mujeres; " +
        "violence(s) à l'égard des femmes; violence(s) contre les femmes; violence against women; violencia contra (las) mujeres; " +
        'féminicide(s); femicide(s); feminicidio(s); femmes et filles; women and girls; mujeres y niñas; droits des femmes; ' +
        "women's rights; derechos de las mujeres; ^LGBTI; ^LGBTIQ; ^LGBT",
      2: 'gender; femme(s) migrante(s); migrant women; mujeres migrantes; violence(s) domestique(s); domestic violence; violencia doméstica; violencia intrafamiliar',
      1: 'femme(s); women; woman; mujer(es); filles; girls; niñas; féminin(e)(s); female; sexes',
    },
  },
  {
    id: 'human-rights',
    labels: { fr: 'Droits humains', en: 'Human rights', es: 'Derechos humanos' },
    reliefweb: 'Protection and Human Rights',
    terms: {
      3:
        "droits de l'homme; droits humains; droits de la personne; human rights; derechos humanos; approche fondée sur les droits; " +
        'rights-based approach; enfoque de derechos; enfoque basado en (los) derechos; non-refoulement; non refoulement; no devolución; ' +
        'violations des droits; human rights violations; violaciones de (los) derechos; défenseur(s) des droits; human rights defender(s); ' +
        "defensor(es) de (los) derechos humanos; Conseil des droits de l'homme; Human Rights Council; Consejo de Derechos Humanos; " +
        'Examen périodique universel; Universal Periodic Review; Examen Periódico Universal; ^OHCHR; ^HCDH; ^ACNUDH; ' +
        'détention arbitraire; arbitrary detention; detención arbitraria; exécution(s) extrajudiciaire(s); extrajudicial killing(s); ' +
        'ejecución(es) extrajudicial(es)',
      2:
        'discrimination(s); discriminación; xénophobie; xenophobia; xenofobia; racisme; racism; racismo; dignité; dignity; dignidad; ' +
        'droit international humanitaire; international humanitarian law; derecho internacional humanitario; ' +
        'protection des civils; protection of civilians; protección de (los) civiles; exactions; violations; violaciones; ' +
        'impunité; impunity; impunidad; torture; tortura; torturé(e)(s); tortured; torturado(s)',
      1: 'droits; rights; derechos; libertés; freedoms; libertades',
    },
  },
  {
    id: 'policy-governance',
    labels: { fr: 'Politiques et gouvernance', en: 'Policy and governance', es: 'Políticas y gobernanza' },
    reliefweb: 'Coordination',
    terms: {
      3:
        'politique(s) migratoire(s); migration polic(y|ies); política(s) migratoria(s); gouvernance des migrations; migration governance; ' +
        "gobernanza migratoria; gobernanza de la migración; plan d'action national; national action plan; plan de acción nacional; " +
        'plan national; plan nacional; stratégie nationale; national strategy; estrategia nacional; cadre juridique; legal framework; ' +
        'marco jurídico; marco legal; marco normativo; cadre réglementaire; regulatory framework; politique(s) publique(s); public polic(y|ies); ' +
        'política(s) pública(s); Pacte mondial; Global Compact; Pacto Mundial; cadre institutionnel; institutional framework; ' +
        'marco institucional; projet de loi; draft law; proyecto de ley; nouvelle(s) loi(s); new law(s); nueva(s) ley(es); ' +
        'loi sur les réfugiés; refugee law; ley de refugiados; loi sur les migrations; migration law; ley de migración; ley migratoria; ' +
        "politique(s) d'asile; asylum polic(y|ies); política(s) de asilo; statut de protection temporaire; Temporary Protected Status; " +
        'estatus de protección temporal; ^TPS',
      2:
        'loi sur; law on; ley de; législation(s); legislation; legislación; politique nationale; national policy; política nacional; réglementation(s); regulation(s); ' +
        'reglamento(s); normativa(s); décret(s); decree(s); decreto(s); ratification; ratify; ratified; ratificar; ratificación; ' +
        'gouvernance; governance; gobernanza; réforme(s); reform(s); reforma(s); comité interinstitutionnel; comisión interinstitucional; ' +
        'loi(s); laws; ley(es); adopté(e)(s); adopted; adoptó; aprobó; promulgué(e)(s); enacted; promulgó; ' +
        'protocole(s); protocol(s); protocolo(s); feuille de route; roadmap; hoja de ruta; conseil national; national council; consejo nacional; ' +
        'inter-agency committee; coordination interinstitutionnelle',
      1:
        'politique(s); polic(y|ies); política(s); gouvernement(s); government(s); gobierno(s); autorités; authorities; autoridades; ' +
        'convention(s); convención; convenio(s); parlement; parliament; parlamento; congreso; assemblée nationale; national assembly; ' +
        'asamblea nacional; législatif; legislative; legislativo',
    },
  },
  {
    id: 'data-research',
    labels: { fr: 'Données et recherche', en: 'Data and research', es: 'Datos e investigación' },
    reliefweb: 'Coordination',
    terms: {
      3:
        'collecte de données; data collection; recolección de datos; recopilación de datos; base(s) de données; database(s); ' +
        'base(s) de datos; profil migratoire; migration profile; perfil migratorio; étude nationale; national study; estudio nacional; ' +
        'rapport mondial; world report; informe mundial; données sur la migration; migration data; datos sobre migración; ' +
        'analyse des données; data analysis; análisis de datos; Migration Data Portal; portail de données; recherche sur la migration; ' +
        // Displacement and flow monitoring products (DTM) are data platforms as much as emergency tools.
        'matrice de suivi des déplacements; displacement tracking matrix; matriz de seguimiento de desplazamiento(s); ^DTM; ' +
        'suivi des flux (de population); flow monitoring; monitoreo de flujos; tableau(x) de bord; dashboard(s)',
      2:
        'étude(s); study; studies; estudio(s); research; données; data; datos; statistique(s); statistics; estadística(s); survey(s); ' +
        'encuesta(s); cartographie; mapping; mapeo; diagnostic(s); diagnóstico(s); indicateur(s); indicator(s); indicador(es); chercheur(s); researcher(s); investigador(es)',
      1:
        'recherche(s); rapport(s); report(s); informe(s); analyse(s); analysis; análisis; évaluation(s); assessment(s); ' +
        'evaluación(es); tendance(s); trend(s); tendencia(s); chiffres; figures; cifras; ampleur',
    },
  },
  {
    id: 'funding-partnerships',
    labels: { fr: 'Financement et partenariats', en: 'Funding and partnerships', es: 'Financiamiento y alianzas' },
    reliefweb: 'Contributions',
    terms: {
      3:
        'financé(e)(s) par; funded by; financiado(s) por; financiada(s) por; soutien financier; financial support; apoyo financiero; ' +
        "bailleur(s) de fonds; accord de financement; funding agreement; convenio de financiamiento; mémorandum d'accord; " +
        "protocole d'accord; memorandum of understanding; memorando de entendimiento; accord de partenariat; partnership agreement; " +
        'acuerdo de colaboración; convenio de cooperación; contribution financière; financial contribution; contribución financiera; ' +
        'don de; donation of; donación de; généreuse contribution; generous contribution; generosa contribución; ' +
        "appel(s) de fonds; appel humanitaire; appel d'urgence; appel éclair; humanitarian appeal(s); emergency appeal(s); flash appeal(s); " +
        'funding appeal(s); llamamiento(s) humanitario(s); llamamiento(s) de emergencia; llamamiento(s) de fondos; ' +
        'fonds humanitaire; humanitarian fund; pooled fund(s); fondo humanitario; fonds fiduciaire; trust fund; fondo fiduciario; ' +
        'Fonds central pour les interventions d’urgence; Central Emergency Response Fund; Fondo Central para la Acción en Casos de Emergencia',
      2:
        'financement(s); funding; financiamiento; financiación; donateur(s); donor(s); donante(s); subvention(s); grant(s); subvención(es); ' +
        'partenariat(s); partnership(s); alianza(s); donation(s); donación(es); financé(e)(s); funded; financiado(s); financiada(s); ' +
        "signature de l'accord; signing ceremony; firma del acuerdo; firma del convenio; " +
        "millions de dollars; millions d'euros; million dollars; million euros; millones de dólares; millones de euros; " +
        'mobilise; mobilisé; mobilises; mobilised; mobilized; moviliza; movilizó; fonds; fund(s); fondo(s)',
      1: 'contribution(s); contribución(es); accord; agreement; acuerdo; convenio; partenaire(s); partner(s); socio(s); signé(e)(s); signed; firmado(s); firmaron; budget; presupuesto',
    },
  },
  {
    id: 'international-cooperation',
    labels: { fr: 'Coopération internationale', en: 'International cooperation', es: 'Cooperación internacional' },
    reliefweb: 'Coordination',
    terms: {
      3:
        'coopération internationale; international cooperation; cooperación internacional; coopération régionale; regional cooperation; ' +
        'cooperación regional; coopération bilatérale; bilateral cooperation; cooperación bilateral; coopération transfrontalière; ' +
        'cross-border cooperation; cooperación transfronteriza; Processus de Puebla; Puebla Process; Proceso de Puebla; ' +
        'Conférence régionale sur les migrations; Regional Conference on Migration; Conferencia Regional sobre Migración; ' +
        'Processus de Rabat; Rabat Process; Proceso de Rabat; Processus de Khartoum; Khartoum Process; Bali Process; ' +
        'dialogue régional; regional dialogue; diálogo regional; communauté internationale; international community; comunidad internacional; ' +
        'réunion régionale; regional meeting; reunión regional; conférence régionale; regional conference; conferencia regional',
      2:
        'coopération; cooperation; cooperación; multilatéral(e)(s); multilateral(es); bilatéral(e)(s); bilateral(es); binational(e)(s); ' +
        'binacional(es); sommet; summit; cumbre; pays de la région; countries of the region; countries in the region; países de la región; ' +
        'transfrontalier(s); transfrontalière(s); cross-border; transfronterizo(s)',
      1: 'régional(e)(s); regional(es); États membres; Member States; Estados miembros; internationale(s); international; internacional(es); conférence; conference; conferencia; dialogue; diálogo',
    },
  },
  {
    id: 'organized-crime',
    labels: { fr: 'Criminalité organisée', en: 'Organized crime', es: 'Crimen organizado' },
    reliefweb: 'Safety and Security',
    terms: {
      3:
        'criminalité organisée; crime organisé; organized crime; organised crime; crimen organizado; delincuencia organizada; ' +
        'criminalité transnationale organisée; transnational organized crime; delincuencia organizada transnacional; ' +
        'réseau(x) criminel(s); criminal network(s); red(es) criminal(es); red(es) delictiva(s); groupe(s) criminel(s); criminal group(s); ' +
        'grupo(s) criminal(es); grupo(s) delictivo(s); trafic de drogue(s); drug trafficking; narcotráfico; tráfico de drogas; ' +
        "blanchiment d'argent; money laundering; lavado de dinero; lavado de activos; trafic d'armes; arms trafficking; tráfico de armas; " +
        'criminalité transnationale; transnational crime; delincuencia transnacional; crimen transnacional',
      2: 'gang(s); pandilla(s); mara(s); cartel(s); cártel(es); corruption; corrupción; mafia(s); criminalité; criminality; delincuencia; narcotrafiquant(s); narcotraficante(s)',
      1: 'criminel(le)(s); criminal(es); trafiquant(s); traficante(s); crime(s); crimen(es); délinquance',
    },
  },
  {
    id: 'resettlement-refugees',
    labels: { fr: 'Réinstallation et réfugiés', en: 'Resettlement and refugees', es: 'Reasentamiento y refugiados' },
    reliefweb: 'Protection and Human Rights',
    terms: {
      3:
        "réinstallation; resettlement; reasentamiento; réinstallé(e)(s); resettled; reasentado(s); demandeur(s) d'asile; " +
        "demandeuse(s) d'asile; asylum seeker(s); asylum-seeker(s); solicitante(s) de asilo; statut de réfugié; refugee status; " +
        'condición de refugiado; estatuto de refugiado; protection internationale; international protection; protección internacional; ' +
        'camp(s) de réfugiés; refugee camp(s); campamento(s) de refugiados; voies complémentaires; complementary pathways; vías complementarias; ' +
        'regroupement familial; family reunification; reunificación familiar; relocalisation; relocation; reubicación',
      // Refugees named again and again make a release about refugees; "refugees and migrants" is the
      // standard wording of mixed flows and alone is not about refugee protection (weight 1).
      2: 'asile; asylum; asilo; apatride(s); stateless; apátrida(s); apatridie; statelessness; apatridia; réfugié(e)(s); refugee(s); refugiado(s); refugiada(s)',
      1:
        'réfugiés et (des) migrants; migrants et (des) réfugiés; refugees and migrants; migrants and refugees; ' +
        'refugiados y migrantes; migrantes y refugiados',
    },
  },
  {
    id: 'diaspora-development',
    labels: { fr: 'Diaspora et développement', en: 'Diaspora and development', es: 'Diáspora y desarrollo' },
    reliefweb: 'Recovery and Reconstruction',
    terms: {
      3:
        'diaspora(s); diáspora(s); envois de fonds; transferts de fonds; remittance(s); remesa(s); migration et développement; ' +
        'migration and development; migración y desarrollo; développement durable; sustainable development; desarrollo sostenible; ' +
        'moyens de subsistance; livelihood(s); medios de vida; développement local; local development; desarrollo local; ' +
        'développement économique; economic development; desarrollo económico; transfert de compétences; skills transfer; ' +
        "entrepreneuriat; entrepreneurship; emprendimiento(s); création d'emplois; job creation; creación de empleo(s); " +
        'activités génératrices de revenus; income-generating activities; actividades generadoras de ingresos',
      2: 'microentreprise(s); micro-entreprise(s); micro-enterprise(s); microempresa(s); investissement(s); investment(s); inversión(es); entrepreneur(s); emprendedor(es)',
      1: 'développement; development; desarrollo; économique(s); economic; económico(s); económica(s)',
    },
  },
];

/**
 * Phrases that contain theme words but mean something else; they consume
 * their tokens so the words inside do not count ("se trata de" = "it is about").
 */
export const THEME_BLOCKS: readonly string[] = [
  'se trata',
  'se trataba',
  'de qué se trata',
  'trata de (que|un|una|ser|hacer|mejorar|dar|evitar|buscar|establecer)',
  'projet de traité',
  'treaty',
  'tratado(s)',
  'au cours de',
  'en cours',
  'en particulier',
  'in particular',
];

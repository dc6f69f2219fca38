/**
 * Labels of site furniture in English, French and Spanish: menu entries, legal notices, account and
 * sharing links. Compared with a line's segments after normalising (lower case, no digits, no outer
 * punctuation); a line made only of these is no part of an article.
 */
export const SITE_FURNITURE_PHRASES: readonly string[] = [
  // navigation
  'home', 'homepage', 'home page', 'accueil', 'inicio', 'portada',
  'about', 'about us', 'who we are', 'qui sommes-nous', 'qui sommes nous', 'à propos', 'a propos', 'quiénes somos', 'quienes somos', 'acerca de', 'sobre nosotros',
  'what we do', 'ce que nous faisons', 'nos activités', 'qué hacemos', 'que hacemos', 'where we work', 'où nous travaillons', 'dónde trabajamos',
  'news', 'latest news', 'actualités', 'actualites', 'nouvelles', 'noticias', 'últimas noticias',
  'press', 'press room', 'press releases', 'newsroom', 'media', 'media centre', 'media center', 'presse',
  'salle de presse', 'communiqués de presse', 'médias', 'prensa', 'sala de prensa', 'comunicados de prensa', 'medios',
  'publications', 'publicaciones', 'resources', 'ressources', 'recursos', 'events', 'événements', 'evenements', 'eventos', 'blog', 'faq', 'faqs',
  'careers', 'jobs', 'vacancies', 'carrières', 'emplois', 'offres d\'emploi', 'empleo', 'empleos', 'trabaja con nosotros',
  'contact', 'contact us', 'contacts', 'contactez-nous', 'nous contacter', 'contacto', 'contáctenos', 'contactenos', 'contacte',
  'search', 'recherche', 'rechercher', 'buscar', 'búsqueda', 'busqueda', 'menu', 'menú', 'main menu', 'menu principal', 'menú principal',
  'skip to content', 'skip to main content', 'skip to navigation', 'aller au contenu', 'aller au contenu principal', 'ir al contenido', 'ir al contenido principal',
  'sitemap', 'site map', 'plan du site', 'mapa del sitio', 'back to top', 'retour en haut', 'haut de page', 'volver arriba', 'ir arriba',
  'read more', 'lire la suite', 'en savoir plus', 'leer más', 'leer mas', 'more', 'plus', 'más', 'previous', 'next', 'précédent', 'suivant', 'anterior', 'siguiente',
  'donate', 'donate now', 'faire un don', 'donner', 'donar', 'dona', 'dona ahora',
  'english', 'français', 'francais', 'español', 'espanol', 'language', 'langue', 'idioma',
  // accounts and subscriptions
  'log in', 'login', 'log out', 'sign in', 'sign up', 'register', 'my account', 'connexion', 'se connecter',
  'mon compte', 's\'inscrire', 'iniciar sesión', 'iniciar sesion', 'mi cuenta', 'registrarse',
  'subscribe', 'newsletter', 'subscribe to our newsletter', 's\'abonner', 'abonnez-vous', 'lettre d\'information', 'suscribirse', 'suscríbete', 'suscribete', 'boletín', 'boletin',
  // sharing and social networks
  'share', 'share this', 'partager', 'compartir', 'print', 'imprimer', 'imprimir', 'email', 'e-mail', 'courriel', 'correo', 'rss',
  'follow us', 'suivez-nous', 'suivez nous', 'síguenos', 'siguenos', 'facebook', 'twitter', 'x', 'linkedin', 'instagram', 'youtube', 'flickr', 'tiktok', 'whatsapp',
  // legal notices
  'all rights reserved', 'tous droits réservés', 'tous droits reserves', 'todos los derechos reservados', 'derechos reservados',
  'privacy', 'privacy policy', 'privacy notice', 'privacy statement', 'confidentialité', 'politique de confidentialité',
  'protection des données', 'privacidad', 'política de privacidad', 'politica de privacidad', 'aviso de privacidad',
  'terms', 'terms of use', 'terms of service', 'terms and conditions', 'conditions d\'utilisation', 'conditions générales',
  'mentions légales', 'mentions legales', 'términos de uso', 'términos y condiciones', 'terminos y condiciones', 'aviso legal',
  'cookies', 'cookie policy', 'cookie settings', 'manage cookies', 'politique des cookies', 'gestion des cookies', 'política de cookies', 'politica de cookies',
  'accessibility', 'accessibilité', 'accesibilidad', 'disclaimer', 'avertissement', 'descargo de responsabilidad', 'legal', 'légal',
];

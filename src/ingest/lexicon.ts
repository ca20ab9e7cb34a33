// General web-page vocabulary: page chrome that surrounds articles on news sites, in plain English.
// Everything here is matched against a whole line after normalisation (lower case, straight quotes,
// no trailing punctuation), so sentences that merely contain these words stay body text.

/** Whole lines that are page chrome. */
export const FURNITURE_LINES: ReadonlySet<string> = new Set([
  'advertisement', 'advertisements', 'advert', 'ad', 'ads', 'sponsored', 'sponsored content', 'paid content',
  'promoted', 'promoted content', 'partner content', 'paid post', 'advertise with us',
  'story continues below this ad', 'story continues below advertisement', 'story continues below',
  'article continues below', 'article continues below advertisement', 'article continues after advertisement',
  'continue reading', 'continue reading below', 'continue reading the main story', 'scroll to continue with content',
  'scroll down to continue', 'loading', 'please wait', 'summarize', 'summarise', 'ai summary', 'quick summary',
  'listen', 'listen to this article', 'listen to story', 'listen to this story', 'play', 'pause',
  'share', 'share this', 'share this article', 'share this story', 'share article', 'share story', 'tweet',
  'email', 'print', 'copy link', 'link copied', 'save', 'save article', 'saved', 'bookmark', 'gift this article',
  'follow', 'follow us', 'subscribe', 'subscribe now', 'sign up', 'sign in', 'log in', 'login', 'register',
  'newsletter', 'newsletters', 'sign up for our newsletter',
  'read more', 'read less', 'read full article', 'read full article at source', 'read the full article',
  'read full story', 'read the full story', 'read original article', 'view original', 'see more', 'show more',
  'load more', 'view more', 'more', 'see also', 'related', 'related articles', 'related stories', 'related news',
  'related content', 'related topics', 'recommended', 'recommended for you', 'recommended stories',
  'you may also like', 'you might also like', 'you may like', 'also read', 'others also read', 'people also read',
  'must read', 'most read', 'most popular', 'most viewed', 'popular', 'trending', 'trending now', 'trending stories',
  'top stories', 'latest', 'latest news', 'latest stories', 'more stories', 'more news', 'what to read next',
  'read next', 'up next', 'next story', 'previous story', 'next article', 'previous article',
  'end of article', 'end of story', 'close', 'close menu', 'open menu', 'menu', 'toggle menu',
  'search', 'skip to content', 'skip to main content', 'skip navigation', 'back to top', 'go to top', 'home',
  'homepage', 'post a comment', 'leave a comment', 'add a comment', 'comments', 'comment', 'view comments',
  'show comments', 'hide comments', 'join the conversation',
  'cookie settings', 'accept cookies', 'accept all', 'manage preferences', 'privacy policy', 'terms of use',
  'terms and conditions', 'contact us', 'about us', 'all rights reserved', 'download the app', 'download our app',
  'get the app', 'open in app', 'watch live', 'live tv', 'watch video', 'photo gallery', 'report an error',
  'feedback', 'topics', 'tags',
]);

/** Lines that head a list of links to other stories ("Next In World", "Others Also Read"). */
export const RELATED_HEADERS: ReadonlySet<string> = new Set([
  'see also', 'related', 'related articles', 'related stories', 'related news', 'related content',
  'recommended', 'recommended for you', 'recommended stories', 'you may also like', 'you might also like',
  'you may like', 'also read', 'others also read', 'people also read', 'must read', 'most read', 'most popular',
  'most viewed', 'popular', 'trending', 'trending now', 'trending stories', 'top stories', 'latest',
  'latest news', 'latest stories', 'more stories', 'more news', 'what to read next', 'read next', 'up next',
]);

/** Section and navigation words of news sites; a line made only of these is a menu. */
export const NAVIGATION_WORDS: ReadonlySet<string> = new Set([
  'home', 'news', 'world', 'video', 'videos', 'live', 'tv', 'shorts', 'quick', 'reads', 'photos', 'photo',
  'gallery', 'galleries', 'opinion', 'opinions', 'politics', 'business', 'sports', 'sport', 'tech', 'technology',
  'science', 'health', 'entertainment', 'lifestyle', 'life', 'culture', 'travel', 'food', 'markets', 'market',
  'money', 'economy', 'education', 'auto', 'cricket', 'football', 'weather', 'podcasts', 'podcast',
  'newsletters', 'latest', 'trending', 'top', 'stories', 'more', 'menu', 'search', 'epaper', 'e-paper', 'games',
  'puzzles', 'crossword', 'explainers', 'local', 'national', 'international', 'web', 'shows', 'movies', 'music',
  'books', 'jobs', 'deals', 'shopping', 'fashion', 'style', 'arts', 'media', 'nation', 'city', 'cities',
  'elections', 'radio', 'us', 'uk', 'features', 'analysis', 'investigations', 'climate', 'environment', 'wellness',
  'real', 'estate', 'personal', 'finance', 'tv', 'watch', 'listen', 'subscribe', 'login', 'sign', 'in', 'up',
  'and', '&', '|',
]);

/** Verbs in the present tense that photo captions use ("X attends a meeting ... May 6, 2024"). */
export const CAPTION_VERBS =
  'attends|attend|speaks|speak|welcomes|welcome|looks on|look on|looks|gestures|gesture|walks|walk|arrives|arrive|shakes hands|shake hands|poses|pose|meets|meet|talks|talk|delivers|deliver|holds|hold|listens|listen|waves|wave|sits|sit|stands|stand|smiles|smile|reacts|react|addresses|address|leaves|leave|greets|greet|is seen|are seen|takes part|take part|participates|participate|inspects|inspect|visits|visit|chairs|chair';

/** Job titles of newsroom staff, for author bio lines ("X is a Chief Sub-Editor at Y"). */
// Both cases of the first letter are spelled out so that patterns using it can stay case-sensitive for names.
export const NEWSROOM_ROLES =
  '(?:[\\w-]*(?:[Ee]ditor|[Rr]eporter|[Jj]ournalist|[Cc]orrespondent|[Ww]riter|[Cc]olumnist|[Cc]ontributor|[Pp]roducer|[Aa]nchor|[Aa]uthor|[Bb]logger))';

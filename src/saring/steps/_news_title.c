/* Where a related headline glued into a paragraph ends: news.py's _title_end, for ASCII text.

The headline logic splits the text into words and asks each word's case, its lower-case form and
whether it is in a word list: ~300 Python calls for one glued link. Over ASCII text those questions
have plain answers (str.split's whitespace, A-Z, a-z, 0-9), and so they have for a few punctuation
characters news text is full of (NEUTRAL: no case, no space, no letter or digit, not in any word list).
This kernel answers them in C and returns -1 whenever the text the logic can look at (from one
character before the headline to 80 after its limit) has any other character; news.py then runs its
Python version. The word lists come from
news_patterns, passed on every call as frozensets, with news.py's filter of them: a bit for each (list,
word length up to FILTER_LENGTHS - 1, the rest sharing the last, first character) that a word of the list has.
A word whose bit is clear is in no list without the lookup, which would first build the word as a str.
tests/steps/test_news_title_kernel.py checks the kernel against the Python version.
*/
#define PY_SSIZE_T_CLEAN
#include <Python.h>

#define MAX_TITLE_CHARS 250
#define MAX_TITLE_WORDS 25
#define MAX_GLUED_TITLES 5
#define MAX_WORDS 256 /* 250 characters hold at most 125 words */
#define FILTER_LENGTHS 16

/* The word lists, in the order news.py passes them. */
enum { HEADLINE_LOWER, STRONG_STARTERS, SENTENCE_STARTERS, SHORT_STARTERS, SUBJECT_HEADS, NAME_OPENERS,
       ROLE_WORDS, NUMBER_UNITS, STARTERS, CAMEL_BRANDS, SET_COUNT };

typedef struct {
    int kind;
    const void *data;
    Py_ssize_t length;
    PyObject *sets[SET_COUNT];
    const unsigned char *filter; /* SET_COUNT * FILTER_LENGTHS * 128 bits, or NULL: ask every set */
    int failed;                  /* a set lookup raised */
} Line;

typedef struct {
    Py_ssize_t start[MAX_WORDS];
    Py_ssize_t end[MAX_WORDS];
    Py_ssize_t count;
} Words;

static Py_UCS4 at(const Line *line, Py_ssize_t i) {
    return PyUnicode_READ(line->kind, line->data, i);
}

static int is_space(Py_UCS4 c) { /* str.split()'s whitespace, in ASCII */
    return c == ' ' || (c >= '\t' && c <= '\r') || (c >= 0x1c && c <= 0x1f);
}
static int is_upper(Py_UCS4 c) { return c >= 'A' && c <= 'Z'; }
static int is_lower(Py_UCS4 c) { return c >= 'a' && c <= 'z'; }
static int is_digit(Py_UCS4 c) { return c >= '0' && c <= '9'; }
static int is_alpha(Py_UCS4 c) { return is_upper(c) || is_lower(c); }
static int is_quote(Py_UCS4 c) { return c == '"' || c == 0x201c; }

/* Non-ASCII characters the kernel takes as they are: (c) sign, curly quotes, dashes, ellipsis. Python
gives each no case and no space, and lower() leaves it as it is. */
static int is_neutral(Py_UCS4 c) {
    return c == 0xa9 || c == 0x2013 || c == 0x2014 || c == 0x2018 || c == 0x2019 || c == 0x201c || c == 0x201d
           || c == 0x2026;
}

/* Whether ``c`` is one of the ASCII ``chars``. */
static int in_chars(Py_UCS4 c, const char *chars) {
    return c != 0 && c < 128 && strchr(chars, (int)c) != NULL;
}

/* Whether line[from:to] (with ``lower``: lower-cased) is in set ``which``; the sets hold ASCII words. */
static int in_set(Line *line, int which, Py_ssize_t from, Py_ssize_t to, int lower) {
    if (to <= from) {
        to = from;
    }
    for (Py_ssize_t i = from; i < to; i++) {
        if (at(line, i) > 127) {
            return 0;
        }
    }
    if (line->filter != NULL && to > from) {
        Py_UCS4 first = at(line, from);
        Py_ssize_t size = to - from < FILTER_LENGTHS ? to - from : FILTER_LENGTHS - 1;
        Py_ssize_t bit = ((which * FILTER_LENGTHS) + size) * 128 + (lower && is_upper(first) ? first + 32 : first);
        if (!(line->filter[bit >> 3] & (1u << (bit & 7)))) {
            return 0;
        }
    }
    PyObject *word = PyUnicode_New(to - from, 127);
    if (word == NULL) {
        line->failed = 1;
        return 0;
    }
    Py_UCS1 *out = PyUnicode_1BYTE_DATA(word);
    for (Py_ssize_t i = from; i < to; i++) {
        Py_UCS4 c = at(line, i);
        out[i - from] = (Py_UCS1)(lower && is_upper(c) ? c + 32 : c);
    }
    int found = PySet_Contains(line->sets[which], word);
    Py_DECREF(word);
    if (found < 0) {
        line->failed = 1;
        return 0;
    }
    return found;
}

/* line[from:to].split() */
static void split(const Line *line, Py_ssize_t from, Py_ssize_t to, Words *words) {
    words->count = 0;
    Py_ssize_t i = from;
    while (i < to && words->count < MAX_WORDS) {
        while (i < to && is_space(at(line, i))) {
            i++;
        }
        if (i >= to) {
            break;
        }
        words->start[words->count] = i;
        while (i < to && !is_space(at(line, i))) {
            i++;
        }
        words->end[words->count++] = i;
    }
}

static Py_ssize_t count_words(const Line *line, Py_ssize_t from, Py_ssize_t to) {
    Py_ssize_t count = 0;
    for (Py_ssize_t i = from; i < to; i++) {
        if (!is_space(at(line, i)) && (i == from || is_space(at(line, i - 1)))) {
            count++;
        }
    }
    return count;
}

#define FIRST(w, j) at(line, (w)->start[j])
#define LAST(w, j) at(line, (w)->end[j] - 1)
#define SIZE(w, j) ((w)->end[j] - (w)->start[j])

/* word.strip(chars) as a range of the line. */
static void strip_chars(const Line *line, Py_ssize_t *from, Py_ssize_t *to, const char *chars) {
    while (*from < *to && in_chars(at(line, *from), chars)) {
        (*from)++;
    }
    while (*to > *from && in_chars(at(line, *to - 1), chars)) {
        (*to)--;
    }
}

static int word_in(Line *line, const Words *w, Py_ssize_t j, int which, const char *strip, int lower) {
    Py_ssize_t from = w->start[j], to = w->end[j];
    if (strip != NULL) {
        strip_chars(line, &from, &to, strip);
    }
    return in_set(line, which, from, to, lower);
}

static int same_word(const Line *line, const Words *w, Py_ssize_t a, Py_ssize_t b) {
    if (SIZE(w, a) != SIZE(w, b)) {
        return 0;
    }
    for (Py_ssize_t k = 0; k < SIZE(w, a); k++) {
        if (at(line, w->start[a] + k) != at(line, w->start[b] + k)) {
            return 0;
        }
    }
    return 1;
}

/* _is_title_case(words[from:to]) */
static int is_title_case(Line *line, const Words *w, Py_ssize_t from, Py_ssize_t to) {
    Py_ssize_t counted = 0, upper = 0;
    for (Py_ssize_t k = from; k < to && k < w->count; k++) {
        Py_UCS4 first = FIRST(w, k);
        if (is_alpha(first) && !word_in(line, w, k, HEADLINE_LOWER, NULL, 1)) {
            counted++;
            upper += is_upper(first);
        }
    }
    return !counted || 4 * upper >= 3 * counted;
}

/* _plain_words(words[from:to]) */
static Py_ssize_t plain_words(Line *line, const Words *w, Py_ssize_t from, Py_ssize_t to) {
    Py_ssize_t plains = 0;
    for (Py_ssize_t k = from; k < to && k < w->count; k++) {
        if (is_lower(FIRST(w, k)) && !word_in(line, w, k, HEADLINE_LOWER, ",.", 1)) {
            plains++;
        }
    }
    return plains;
}

/* _glue_position(line, start, limit), -1 for None */
static Py_ssize_t glue_position(Line *line, Py_ssize_t start, Py_ssize_t limit) {
    for (Py_ssize_t p = start; p < limit; p++) {
        Py_UCS4 c = at(line, p);
        if (!(is_upper(c) || is_quote(c))) {
            continue;
        }
        Py_UCS4 before1 = p >= 1 ? at(line, p - 1) : 0;
        int candidate = (p >= 1 && (is_lower(before1) || is_digit(before1)))
                        || (p + 5 < limit && is_upper(at(line, p + 1)) && is_upper(at(line, p + 2))
                            && is_lower(at(line, p + 3)) && is_lower(at(line, p + 4)) && is_lower(at(line, p + 5)));
        if (!candidate) {
            continue;
        }
        if (p == start || !(is_lower(before1) || is_digit(before1))) {
            if (p + 5 < limit && is_upper(c) && is_upper(at(line, p + 1)) && is_upper(at(line, p + 2))
                && is_lower(at(line, p + 3)) && is_lower(at(line, p + 4)) && is_lower(at(line, p + 5))) {
                return p + 2;
            }
            continue;
        }
        if (is_quote(c)) {
            Py_UCS4 a = at(line, p - 2), b = before1;
            if ((is_alpha(a) || is_digit(a)) && (is_alpha(b) || is_digit(b)) && p + 1 < line->length
                && is_upper(at(line, p + 1))) {
                return p;
            }
            continue;
        }
        Py_ssize_t word_end = p;
        while (word_end < line->length && is_alpha(at(line, word_end))) {
            word_end++;
        }
        Py_ssize_t size = word_end - p;
        int rest_lower = size > 1;
        for (Py_ssize_t k = p + 1; k < word_end; k++) {
            rest_lower &= is_lower(at(line, k));
        }
        if (is_digit(at(line, p - 1)) && is_digit(at(line, p - 2)) && is_digit(at(line, p - 3)) && size >= 4
            && rest_lower) {
            return p;
        }
        if (p >= 4 && is_alpha(at(line, p - 4)) && is_lower(at(line, p - 3)) && is_lower(at(line, p - 2))
            && is_lower(at(line, p - 1)) && !in_set(line, CAMEL_BRANDS, p - 4, p, 0)) {
            if ((rest_lower && size >= 4) || (size <= 2 && (size == 1 || rest_lower))) {
                return p;
            }
            if (in_set(line, SENTENCE_STARTERS, p, word_end, 0) || in_set(line, SHORT_STARTERS, p, word_end, 0)) {
                return p;
            }
            int all_upper = size >= 2;
            for (Py_ssize_t k = p; k < word_end; k++) {
                all_upper &= is_upper(at(line, k));
            }
            if (all_upper) {
                return p;
            }
        }
    }
    return -1;
}

/* _long_quote(line, position, limit) */
static int long_quote(const Line *line, Py_ssize_t position) {
    static const Py_UCS4 closings[2] = {'"', 0x201d};
    Py_ssize_t bound = position + 80 < line->length ? position + 80 : line->length;
    for (int k = 0; k < 2; k++) {
        for (Py_ssize_t end = position + 1; end < bound; end++) {
            if (at(line, end) == closings[k]) {
                return count_words(line, position, end) >= 6 || at(line, end - 1) == ',';
            }
        }
    }
    return 1;
}

/* _ACRONYM.fullmatch(word): the letters' count (2-8), 0 when it does not match. */
static Py_ssize_t acronym(const Line *line, const Words *w, Py_ssize_t k) {
    Py_ssize_t i = w->start[k], end = w->end[k];
    if (at(line, i) != '(') {
        return 0;
    }
    Py_ssize_t letters = 0;
    while (i + 1 + letters < end && is_upper(at(line, i + 1 + letters))) {
        letters++;
    }
    Py_ssize_t rest = i + 1 + letters;
    if (letters < 2 || letters > 8 || rest >= end || at(line, rest) != ')') {
        return 0;
    }
    if (rest + 1 == end || (rest + 2 == end && (at(line, rest + 1) == ',' || at(line, rest + 1) == '.'))) {
        return letters;
    }
    return 0;
}

/* _named_with_acronym(words, j), -1 for None */
static Py_ssize_t named_with_acronym(const Line *line, const Words *w, Py_ssize_t j) {
    if (is_upper(FIRST(w, j - 1))) {
        return -1;
    }
    for (Py_ssize_t k = j + 1; k < w->count && k < j + 7; k++) {
        Py_ssize_t letters = acronym(line, w, k);
        if (letters) {
            Py_ssize_t first = k - letters;
            if (first < j) {
                return -1;
            }
            for (Py_ssize_t m = first; m < k; m++) {
                if (FIRST(w, m) != at(line, w->start[k] + 1 + (m - first))) {
                    return -1;
                }
            }
            return first;
        }
        if (!is_upper(FIRST(w, k))) {
            return -1;
        }
    }
    return -1;
}

/* _PHOTO_CREDIT.fullmatch(word) */
static int photo_credit(const Line *line, const Words *w, Py_ssize_t j) {
    Py_ssize_t i = w->start[j], end = w->end[j];
    if (!is_upper(at(line, i))) {
        return 0;
    }
    Py_ssize_t k = i + 1;
    while (k < end && is_alpha(at(line, k))) {
        k++;
    }
    if (k - i < 2 || k >= end || at(line, k) != '.') {
        return 0;
    }
    k++;
    if (k + 3 <= end && at(line, k) == 'c' && at(line, k + 1) == 'o' && at(line, k + 2) == 'm') {
        k += 3;
    } else if (k + 5 <= end && at(line, k) == 'c' && at(line, k + 1) == 'o' && at(line, k + 2) == '.'
               && at(line, k + 3) == 'i' && at(line, k + 4) == 'd') {
        k += 5;
    } else {
        return 0;
    }
    return k == end || at(line, k) == '/';
}

static int word_has(const Line *line, const Words *w, Py_ssize_t j, Py_UCS4 c) {
    for (Py_ssize_t k = w->start[j]; k < w->end[j]; k++) {
        if (at(line, k) == c) {
            return 1;
        }
    }
    return 0;
}

static int word_is_digits(const Line *line, const Words *w, Py_ssize_t j) {
    for (Py_ssize_t k = w->start[j]; k < w->end[j]; k++) {
        if (!is_digit(at(line, k))) {
            return 0;
        }
    }
    return 1;
}

/* _after_code(words, j) */
static Py_ssize_t after_code(Line *line, const Words *w, Py_ssize_t j) {
    if (j + 2 < w->count && is_digit(LAST(w, j + 1))
        && (!word_is_digits(line, w, j + 1) || (SIZE(w, j + 1) <= 3 && is_alpha(LAST(w, j))))
        && !word_in(line, w, j + 2, NUMBER_UNITS, NULL, 0)) {
        return j + 2;
    }
    return j + 1;
}

/* _occurs(words[from:to], words[:before]) */
static int occurs(const Line *line, const Words *w, Py_ssize_t from, Py_ssize_t to, Py_ssize_t before) {
    Py_ssize_t size = to - from;
    for (Py_ssize_t k = 0; k + size <= before; k++) {
        Py_ssize_t m = 0;
        while (m < size && same_word(line, w, k + m, from + m)) {
            m++;
        }
        if (m == size) {
            return 1;
        }
    }
    return 0;
}

/* _subject_start(words, j) */
static Py_ssize_t subject_start(Line *line, const Words *w, Py_ssize_t j) {
    for (Py_ssize_t back = 2; back >= 1; back--) {
        if (j - back < 1) {
            continue;
        }
        int capitals = 1;
        for (Py_ssize_t k = j - back; k <= j; k++) {
            capitals &= is_upper(FIRST(w, k));
        }
        if (capitals && occurs(line, w, j - back, j + 1, j - back)) {
            return j - back;
        }
    }
    Py_ssize_t start = j;
    Py_ssize_t floor = j - 5 > 1 ? j - 5 : 1;
    for (Py_ssize_t back = j; back > floor; back--) {
        if (!is_upper(FIRST(w, back))) {
            break;
        }
        if (word_in(line, w, back, NAME_OPENERS, NULL, 0)) {
            return back;
        }
        if (word_in(line, w, back - 1, ROLE_WORDS, NULL, 1)) {
            return j;
        }
        if (word_in(line, w, back, SUBJECT_HEADS, ",", 0) && is_upper(FIRST(w, back - 1))) {
            start = back;
        }
    }
    return start;
}

static int starts_with(const Line *line, const Words *w, Py_ssize_t j, const char *prefix) {
    Py_ssize_t size = (Py_ssize_t)strlen(prefix);
    if (SIZE(w, j) < size) {
        return 0;
    }
    for (Py_ssize_t k = 0; k < size; k++) {
        if (at(line, w->start[j] + k) != (Py_UCS4)(unsigned char)prefix[k]) {
            return 0;
        }
    }
    return 1;
}

/* _sentence_start(words, j, title_case), -1 for None */
static Py_ssize_t sentence_start(Line *line, const Words *w, Py_ssize_t j, int title_case) {
    Py_UCS4 before_last = LAST(w, j - 1);
    if (((before_last == '?' || before_last == '!') && j >= 4)
        || (before_last == '.' && SIZE(w, j - 1) > 3 && is_lower(at(line, w->end[j - 1] - 2)))) {
        return j;
    }
    if (word_has(line, w, j, '.') && photo_credit(line, w, j)
        && (word_has(line, w, j, '/') || (j + 1 < w->count && SIZE(w, j + 1) == 1 && FIRST(w, j + 1) == '/'))) {
        return j;
    }
    Py_ssize_t after = after_code(line, w, j);
    Py_ssize_t following = w->count - after; /* len(words[after : after + 4]) */
    if (following > 4) {
        following = 4;
    }
    if (following < 0) {
        following = 0;
    }
    int lower_follows = 0;
    if (following) {
        Py_ssize_t k = w->start[after];
        while (k < w->end[after] && (in_chars(at(line, k), "(\"'") || at(line, k) == 0x201c)) {
            k++;
        }
        lower_follows = k < w->end[after] && is_lower(at(line, k));
    }
    if (!lower_follows) {
        if (title_case) {
            int strong = word_in(line, w, j, STRONG_STARTERS, ",", 0)
                         && (LAST(w, j) == ',' || starts_with(line, w, j, "Menurut"));
            return j >= 2 && strong ? j : -1;
        }
        return j >= 3 && word_in(line, w, j, SENTENCE_STARTERS, ",", 0) ? j : -1;
    }
    Py_UCS4 end = LAST(w, after);
    if (j >= 2 && (end == '.' || end == '!' || end == '?')) {
        return j;
    }
    Py_ssize_t plains = plain_words(line, w, after, after + following);
    if (!title_case) {
        return (j >= 3 && word_in(line, w, j, SENTENCE_STARTERS, ",", 0)) || (j >= 6 && plains >= 3) ? j : -1;
    }
    if (j < 2) {
        return -1;
    }
    if (plains >= 2 || (plains >= 1 && following > 1 && is_lower(FIRST(w, after + 1)))) {
        return subject_start(line, w, j);
    }
    return word_in(line, w, j, SENTENCE_STARTERS, ",", 0) || word_in(line, w, j, STRONG_STARTERS, ",", 0) ? j : -1;
}

/* _one_title_end(line, start, limit): the end, and in *glued whether it ended at a glued capital. */
static Py_ssize_t one_title_end(Line *line, Py_ssize_t start, Py_ssize_t limit, int *glued, Words *w) {
    Py_ssize_t glue = glue_position(line, start + 3, limit);
    if (glue != -1) {
        limit = glue;
    }
    split(line, start, limit, w);
    Py_ssize_t count = w->count < MAX_TITLE_WORDS ? w->count : MAX_TITLE_WORDS;
    int title_case = is_title_case(line, w, 1, 6);
    *glued = 0;
    for (Py_ssize_t j = 1; j < count; j++) {
        Py_UCS4 first = FIRST(w, j);
        if (!is_upper(first)) {
            if (is_quote(first) && long_quote(line, w->start[j])) {
                return w->start[j];
            }
            continue;
        }
        if (!title_case && j >= 3) {
            Py_ssize_t named = named_with_acronym(line, w, j);
            if (named != -1) {
                return w->start[named];
            }
        }
        Py_UCS4 before_last = LAST(w, j - 1);
        if (before_last != '?' && before_last != '!' && before_last != '.' && j + 1 < w->count
            && is_upper(FIRST(w, j + 1)) && !is_digit(LAST(w, j + 1)) && !word_has(line, w, j, '.')
            && !word_in(line, w, j, STARTERS, ",", 0)) {
            continue;
        }
        Py_ssize_t opening = sentence_start(line, w, j, title_case);
        if (opening != -1) {
            return w->start[opening];
        }
    }
    if (w->count > MAX_TITLE_WORDS) {
        return w->start[MAX_TITLE_WORDS];
    }
    *glued = glue != -1;
    return limit;
}

static Py_ssize_t title_end(Line *line, Py_ssize_t start, Py_ssize_t stop, int in_parens) {
    Py_ssize_t limit = stop < start + MAX_TITLE_CHARS ? stop : start + MAX_TITLE_CHARS;
    if (in_parens) {
        for (Py_ssize_t k = start; k < limit; k++) {
            if (at(line, k) == ')') {
                return k + 1;
            }
        }
    }
    Words w, piece;
    int glued;
    Py_ssize_t end = one_title_end(line, start, limit, &glued, &w);
    for (int k = 0; k < MAX_GLUED_TITLES; k++) {
        if (!glued) {
            return end;
        }
        Py_ssize_t after = one_title_end(line, end, limit, &glued, &w);
        split(line, end, after, &piece);
        if (piece.count < 3
            || (!glued
                && (piece.count < 4 || word_in(line, &piece, 0, SUBJECT_HEADS, NULL, 0)
                    || !is_title_case(line, &piece, 0, piece.count)))) {
            return end;
        }
        end = after;
    }
    return end;
}

/* title_end(line, start, stop, in_parens, sets[, filter]) -> int: the end, or -1 when the text has a
character other than ASCII and NEUTRAL ones. ``filter``: news.py's bytes built from ``sets`` (see above). */
static PyObject *kernel_title_end(PyObject *self, PyObject *const *args, Py_ssize_t nargs) {
    (void)self;
    if ((nargs != 5 && nargs != 6) || !PyUnicode_Check(args[0]) || !PyTuple_Check(args[4])
        || PyTuple_GET_SIZE(args[4]) != SET_COUNT) {
        PyErr_SetString(PyExc_TypeError, "title_end(line, start, stop, in_parens, sets) needs a str and 10 sets");
        return NULL;
    }
    Line line;
    line.filter = NULL;
    if (nargs == 6) {
        if (!PyBytes_Check(args[5]) || PyBytes_GET_SIZE(args[5]) != SET_COUNT * FILTER_LENGTHS * 128 / 8) {
            PyErr_SetString(PyExc_TypeError, "title_end() needs a filter of 2560 bytes");
            return NULL;
        }
        line.filter = (const unsigned char *)PyBytes_AS_STRING(args[5]);
    }
    line.kind = PyUnicode_KIND(args[0]);
    line.data = PyUnicode_DATA(args[0]);
    line.length = PyUnicode_GET_LENGTH(args[0]);
    line.failed = 0;
    for (int k = 0; k < SET_COUNT; k++) {
        line.sets[k] = PyTuple_GET_ITEM(args[4], k);
        if (!PyAnySet_Check(line.sets[k])) {
            PyErr_SetString(PyExc_TypeError, "title_end() needs sets");
            return NULL;
        }
    }
    Py_ssize_t start = PyLong_AsSsize_t(args[1]);
    Py_ssize_t stop = PyLong_AsSsize_t(args[2]);
    int in_parens = PyObject_IsTrue(args[3]);
    if ((start == -1 || stop == -1 || in_parens == -1) && PyErr_Occurred()) {
        return NULL;
    }
    if (start < 0 || stop > line.length || start > stop) {
        return PyLong_FromSsize_t(-1);
    }
    /* The logic looks from one character before ``start`` to 80 after its limit. */
    Py_ssize_t limit = stop < start + MAX_TITLE_CHARS ? stop : start + MAX_TITLE_CHARS;
    Py_ssize_t from = start > 0 ? start - 1 : 0;
    Py_ssize_t to = limit + 80 < line.length ? limit + 80 : line.length;
    if (!PyUnicode_IS_ASCII(args[0])) {
        for (Py_ssize_t k = from; k < to; k++) {
            Py_UCS4 c = at(&line, k);
            if (c > 127 && !is_neutral(c)) {
                return PyLong_FromSsize_t(-1);
            }
        }
    }
    Py_ssize_t end = title_end(&line, start, stop, in_parens);
    if (line.failed) {
        return NULL;
    }
    return PyLong_FromSsize_t(end);
}

static PyMethodDef methods[] = {
    {"title_end", (PyCFunction)(void (*)(void))kernel_title_end, METH_FASTCALL,
     "news.py's _title_end for ASCII text; -1 when the text it can look at has other characters."},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef module = {
    PyModuleDef_HEAD_INIT, "_news_title", "The news step's headline end.", 0, methods, NULL, NULL, NULL, NULL,
};

PyMODINIT_FUNC PyInit__news_title(void) {
    return PyModule_Create(&module);
}

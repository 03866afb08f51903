/* The news step's marker scan: where an inline marker can start, in one pass over the text.

news.py finds these positions with news_patterns.INLINE_TRIGGER (a regex of literals) plus two
str.find loops; the regex engine costs ~5 ns a character even when nothing matches, and almost
every article has to be scanned. This kernel compares the same literals in C: a table lookup per
character, a literal comparison only where a literal's first character stands. Results are the
pure-Python path's (finditer's non-overlapping matches, the lower-case literals' overlapping
ones, in position order), which tests/steps/test_news_kernel.py checks. The same pass notes a few
facts of the whole text that news.py would otherwise search for (see Facts), and plain_lines names
the paragraphs that news._classify_lines need not look at.
*/
#define PY_SSIZE_T_CLEAN
#include <Python.h>

/* What a literal's occurrence means: a trigger (INLINE_TRIGGER's, non-overlapping as finditer finds
them), a lower-case trigger (str.find's, overlapping), or a fact the step asks of the whole text: a MARK
("lik ", ".COM/", ".CO.ID/": see news._line_reason), a SIGNATURE (the literals one of which every
news_patterns.SIGNATURES match contains) or ANTARA ("(ANTARA", which ANTARA's datelines contain). Facts
never move the trigger scan on. */
enum { TRIGGER, LOWER_TRIGGER, MARK, SIGNATURE, ANTARA };

typedef struct {
    const char *text;
    Py_ssize_t size;
    int kind;
} Literal;

typedef struct {
    unsigned char first; /* index into LITERALS */
    unsigned char count;
} Group;

/* What the scan learns of the whole text besides the triggers. */
typedef struct {
    PyObject *mark_lines;      /* the lines with a MARK literal (a set), or NULL: not asked */
    Py_ssize_t mark_line;      /* the last line added to mark_lines, -1: none */
    Py_ssize_t signature_line; /* the last line with a SIGNATURE literal, -1: none */
    int antara;                /* "(ANTARA" occurs */
} Facts;

/* The literals grouped by their first two characters (facts first in a group, triggers in
INLINE_TRIGGER's order): GROUPS[PAIRS[c][d] - 1] holds those that start with c, d (0: none do). */
static const Literal LITERALS[] = {
    {"(ANTARA", 7, ANTARA},
    {"detikcom", 8, SIGNATURE},
    {"detikNews", 9, SIGNATURE},
    {"/JPNN)", 6, SIGNATURE},
    {"(jpnn)", 6, SIGNATURE},
    {"[Gambas:Video ", 14, SIGNATURE},
    {"[Gambas", 7, TRIGGER},
    {"lik ", 4, MARK},
    {".COM/", 5, MARK},
    {".CO.ID/", 7, MARK},
    {"ADVERTISEMENT", 13, TRIGGER},
    {"Artikel", 7, TRIGGER},
    {"A post shared by", 16, TRIGGER},
    {"Baca", 4, TRIGGER},
    {"BACA", 4, TRIGGER},
    {"Berita", 6, TRIGGER},
    {"Cek B", 5, TRIGGER},
    {"COPYRIGHT", 9, TRIGGER},
    {"Copyright", 9, TRIGGER},
    {"Editor", 6, TRIGGER},
    {"Foto:", 5, TRIGGER},
    {"Halaman", 7, TRIGGER},
    {"Lihat", 5, TRIGGER},
    {"Pewarta", 7, TRIGGER},
    {"Penulis", 7, TRIGGER},
    {"Penerjemah", 10, TRIGGER},
    {"Penyunting", 10, TRIGGER},
    {"Perbesar", 8, TRIGGER},
    {"Reporter", 8, TRIGGER},
    {"Redaktur", 8, TRIGGER},
    {"SCROLL", 6, TRIGGER},
    {"Simak", 5, TRIGGER},
    {"Saksikan", 8, TRIGGER},
    {"Selengkapnya", 12, TRIGGER},
    {"Sebuah kiriman dibagikan", 24, TRIGGER},
    {"Sumber", 6, TRIGGER},
    {"Tonton", 6, TRIGGER},
    {"Video", 5, TRIGGER},
    {"View this post", 14, TRIGGER},
    {"(Dok", 4, TRIGGER},
    {"(dok", 4, TRIGGER},
    {"(kiri", 5, TRIGGER},
    {"(kanan", 6, TRIGGER},
    {"(kedua ", 7, TRIGGER},
    {"(ketiga ", 8, TRIGGER},
    {"(keempat ", 9, TRIGGER},
    {"(kelima ", 8, TRIGGER},
    {"(keenam ", 8, TRIGGER},
    {"(tengah", 7, TRIGGER},
    {"(paling ", 8, TRIGGER},
    {"selengkapnya baca", 17, LOWER_TRIGGER},
    {"pic.twitter.com/", 16, LOWER_TRIGGER},
    {"ANTARA FOTO/", 12, TRIGGER},
    {"ANTARA/", 7, TRIGGER},
    {"TEMPO/", 6, TRIGGER},
    {"Tempo/", 6, TRIGGER},
};

static const Group GROUPS[] = {
    {0, 1}, {1, 2}, {3, 1}, {4, 1}, {5, 2}, {7, 1}, {8, 2}, {10, 1}, {11, 1}, {12, 1}, {13, 1}, {14, 1}, {15, 1}, {16, 1}, {17, 1}, {18, 1}, {19, 1}, {20, 1}, {21, 1}, {22, 1}, {23, 5}, {28, 2}, {30, 1}, {31, 1}, {32, 1}, {33, 2}, {35, 1}, {36, 1}, {37, 2}, {39, 1}, {40, 1}, {41, 7}, {48, 1}, {49, 1}, {50, 1}, {51, 1}, {52, 2}, {54, 1}, {55, 1},
};

static const unsigned char PAIRS[128][128] = {
    ['(']['A'] = 1, ['d']['e'] = 2, ['/']['J'] = 3, ['(']['j'] = 4, ['[']['G'] = 5, ['l']['i'] = 6, ['.']['C'] = 7, ['A']['D'] = 8, ['A']['r'] = 9, ['A'][' '] = 10, ['B']['a'] = 11, ['B']['A'] = 12, ['B']['e'] = 13, ['C']['e'] = 14, ['C']['O'] = 15, ['C']['o'] = 16, ['E']['d'] = 17, ['F']['o'] = 18, ['H']['a'] = 19, ['L']['i'] = 20, ['P']['e'] = 21, ['R']['e'] = 22, ['S']['C'] = 23, ['S']['i'] = 24, ['S']['a'] = 25, ['S']['e'] = 26, ['S']['u'] = 27, ['T']['o'] = 28, ['V']['i'] = 29, ['(']['D'] = 30, ['(']['d'] = 31, ['(']['k'] = 32, ['(']['t'] = 33, ['(']['p'] = 34, ['s']['e'] = 35, ['p']['i'] = 36, ['A']['N'] = 37, ['T']['E'] = 38, ['T']['e'] = 39,
};

/* The scan, once per string kind (1, 2 or 4 bytes a character), so the inner loop reads plain arrays. */
#define LITERAL_AT(T)                                                                                      \
    static int literal_at_##T(const T *data, Py_ssize_t length, Py_ssize_t position, const Literal *literal) { \
        if (length - position < literal->size) {                                                           \
            return 0;                                                                                      \
        }                                                                                                  \
        for (Py_ssize_t k = 1; k < literal->size; k++) {                                                   \
            if (data[position + k] != (T)(unsigned char)literal->text[k]) {                                \
                return 0;                                                                                  \
            }                                                                                              \
        }                                                                                                  \
        return 1;                                                                                          \
    }
LITERAL_AT(Py_UCS1)
LITERAL_AT(Py_UCS2)
LITERAL_AT(Py_UCS4)

/* Append ``value`` to ``by_line[line]`` (a new list when the line has none yet), or to ``flat``. */
static int record(PyObject *flat, PyObject *by_line, Py_ssize_t line, Py_ssize_t value, PyObject **current,
                  Py_ssize_t *current_line) {
    PyObject *number = PyLong_FromSsize_t(value);
    if (number == NULL) {
        return -1;
    }
    PyObject *target = flat;
    if (by_line != NULL) {
        if (*current == NULL || *current_line != line) {
            PyObject *positions = PyList_New(0);
            if (positions == NULL) {
                Py_DECREF(number);
                return -1;
            }
            PyObject *key = PyLong_FromSsize_t(line);
            if (key == NULL || PyDict_SetItem(by_line, key, positions) < 0) {
                Py_XDECREF(key);
                Py_DECREF(positions);
                Py_DECREF(number);
                return -1;
            }
            Py_DECREF(key);
            Py_DECREF(positions); /* the dict holds it */
            *current = positions;
            *current_line = line;
        }
        target = *current;
    }
    int failed = PyList_Append(target, number);
    Py_DECREF(number);
    return failed;
}

static int add_line(PyObject *set, Py_ssize_t line) {
    PyObject *index = PyLong_FromSsize_t(line);
    if (index == NULL) {
        return -1;
    }
    int failed = PySet_Add(set, index);
    Py_DECREF(index);
    return failed;
}

/* One pass: positions into ``flat`` (whole text), or per line into ``by_line`` (offsets in the line);
the facts into ``facts``. */
#define SCAN(T)                                                                                            \
    static int scan_##T(const T *data, Py_ssize_t length, PyObject *flat, PyObject *by_line, Facts *facts) { \
        Py_ssize_t skip = 0; /* finditer resumes after a match: nothing starts inside one */               \
        Py_ssize_t line = 0, line_start = 0, current_line = -1;                                            \
        PyObject *current = NULL;                                                                          \
        for (Py_ssize_t i = 0; i + 1 < length; i++) {                                                      \
            T c = data[i], d = data[i + 1];                                                                \
            unsigned char pair = ((c | d) < 128) ? PAIRS[c][d] : 0;                                        \
            if (!pair) {                                                                                   \
                if (c == '\n') {                                                                           \
                    line++;                                                                                \
                    line_start = i + 1;                                                                    \
                }                                                                                          \
                continue;                                                                                  \
            }                                                                                              \
            Group group = GROUPS[pair - 1];                                                                \
            for (int k = group.first; k < group.first + group.count; k++) {                                \
                const Literal *literal = &LITERALS[k];                                                     \
                if ((literal->kind == TRIGGER && i < skip) || !literal_at_##T(data, length, i, literal)) { \
                    continue;                                                                              \
                }                                                                                          \
                if (literal->kind == MARK) {                                                               \
                    if (facts->mark_lines != NULL && facts->mark_line != line) {                           \
                        if (add_line(facts->mark_lines, line) < 0) {                                       \
                            return -1;                                                                     \
                        }                                                                                  \
                        facts->mark_line = line;                                                           \
                    }                                                                                      \
                    continue;                                                                              \
                }                                                                                          \
                if (literal->kind == SIGNATURE) {                                                          \
                    facts->signature_line = line;                                                          \
                    continue;                                                                              \
                }                                                                                          \
                if (literal->kind == ANTARA) {                                                             \
                    facts->antara = 1;                                                                     \
                    continue;                                                                              \
                }                                                                                          \
                if (record(flat, by_line, line, by_line ? i - line_start : i, &current, &current_line) < 0) { \
                    return -1;                                                                             \
                }                                                                                          \
                if (literal->kind == TRIGGER) {                                                            \
                    skip = i + literal->size;                                                              \
                }                                                                                          \
                break;                                                                                     \
            }                                                                                              \
        }                                                                                                  \
        return 0;                                                                                          \
    }
SCAN(Py_UCS1)
SCAN(Py_UCS2)
SCAN(Py_UCS4)

static int scan(PyObject *text, PyObject *flat, PyObject *by_line, Facts *facts) {
    Py_ssize_t length = PyUnicode_GET_LENGTH(text);
    switch (PyUnicode_KIND(text)) {
    case PyUnicode_1BYTE_KIND: return scan_Py_UCS1(PyUnicode_1BYTE_DATA(text), length, flat, by_line, facts);
    case PyUnicode_2BYTE_KIND: return scan_Py_UCS2(PyUnicode_2BYTE_DATA(text), length, flat, by_line, facts);
    default: return scan_Py_UCS4(PyUnicode_4BYTE_DATA(text), length, flat, by_line, facts);
    }
}

static PyObject *trigger_positions(PyObject *self, PyObject *text) {
    (void)self;
    if (!PyUnicode_Check(text)) {
        PyErr_SetString(PyExc_TypeError, "trigger_positions() needs a str");
        return NULL;
    }
    PyObject *positions = PyList_New(0);
    if (positions == NULL) {
        return NULL;
    }
    Facts facts = {NULL, -1, -1, 0};
    if (scan(text, positions, NULL, &facts) < 0) {
        Py_DECREF(positions);
        return NULL;
    }
    return positions;
}

static PyObject *scan_lines(PyObject *self, PyObject *text) {
    (void)self;
    if (!PyUnicode_Check(text)) {
        PyErr_SetString(PyExc_TypeError, "scan_lines() needs a str");
        return NULL;
    }
    PyObject *by_line = PyDict_New();
    if (by_line == NULL) {
        return NULL;
    }
    PyObject *mark_lines = PySet_New(NULL);
    if (mark_lines == NULL) {
        Py_DECREF(by_line);
        return NULL;
    }
    Facts facts = {mark_lines, -1, -1, 0};
    if (scan(text, NULL, by_line, &facts) < 0) {
        Py_DECREF(by_line);
        Py_DECREF(mark_lines);
        return NULL;
    }
    return Py_BuildValue("(NNnO)", by_line, mark_lines, facts.signature_line, facts.antara ? Py_True : Py_False);
}

/* Whether a character of a word: what \b tells apart (ASCII here). */
static int word_character(char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_';
}

/* Whether news._line_head answers False for a line (stripped, at least HEAD characters long) that opens
in ASCII: ``lowered`` holds its first HEAD characters in lower case, ``words`` is news._HEAD_WORDS.
1 no head, 0 a head, -1 error. */
#define HEAD 14
static int no_ascii_head(const char *lowered, PyObject *words) {
    if (lowered[0] == '(' || lowered[0] == '-' || lowered[0] == '#') {
        return 0;
    }
    if (lowered[0] == 't' && lowered[1] == 'a' && lowered[2] == 'g'
        && (!word_character(lowered[3]) || (lowered[3] == 's' && !word_character(lowered[4])))) {
        return 0; /* tags?\b */
    }
    PyObject *opening = PyUnicode_DecodeASCII(lowered, 3, NULL);
    if (opening == NULL) {
        return -1;
    }
    PyObject *candidates = PyDict_GetItemWithError(words, opening); /* borrowed */
    Py_DECREF(opening);
    if (candidates == NULL) {
        return PyErr_Occurred() ? -1 : 1;
    }
    if (!PyTuple_Check(candidates)) {
        PyErr_SetString(PyExc_TypeError, "plain_lines() needs tuples of words");
        return -1;
    }
    for (Py_ssize_t k = 0; k < PyTuple_GET_SIZE(candidates); k++) {
        Py_ssize_t size;
        const char *word = PyUnicode_Check(PyTuple_GET_ITEM(candidates, k))
                               ? PyUnicode_AsUTF8AndSize(PyTuple_GET_ITEM(candidates, k), &size)
                               : NULL;
        if (word == NULL) {
            if (!PyErr_Occurred()) {
                PyErr_SetString(PyExc_TypeError, "plain_lines() needs words of str");
            }
            return -1;
        }
        if (size <= HEAD && memcmp(word, lowered, (size_t)size) == 0) {
            return 0;
        }
    }
    return 1;
}

/* Whether ``line`` is a paragraph that news._line_reason answers None for without looking further:
stripped, longer than 60 characters (and at most 400: longer ones news.py passes over itself), not
ending in ")", and news._line_head answers False for it: it opens in ASCII with none of LINE_HEAD's words
(``words``: news._HEAD_WORDS), or with a quote (which has no case). A line whose first characters are not
all ASCII is left to news.py unless its first three are, with none of the words' openings. The caller
rules out lines with a MARK literal. */
static int plain_line(PyObject *line, PyObject *words) {
    int kind = PyUnicode_KIND(line);
    const void *data = PyUnicode_DATA(line);
    Py_ssize_t from = 0, to = PyUnicode_GET_LENGTH(line);
    if (to <= 60) {
        return 0;
    }
    while (from < to && Py_UNICODE_ISSPACE(PyUnicode_READ(kind, data, from))) {
        from++;
    }
    while (to > from && Py_UNICODE_ISSPACE(PyUnicode_READ(kind, data, to - 1))) {
        to--;
    }
    if (to - from <= 60 || to - from > 400 || PyUnicode_READ(kind, data, to - 1) == ')') {
        return 0;
    }
    char lowered[HEAD];
    int ascii = HEAD;
    for (int k = 0; k < HEAD; k++) {
        Py_UCS4 c = PyUnicode_READ(kind, data, from + k);
        if (c > 127) {
            ascii = k;
            break;
        }
        lowered[k] = (char)(c >= 'A' && c <= 'Z' ? c + 32 : c);
    }
    if (ascii == HEAD) {
        return no_ascii_head(lowered, words);
    }
    if (ascii >= 3 && lowered[0] != '(' && lowered[0] != '-' && lowered[0] != '#') {
        /* news._cannot_head: an ASCII opening that is none of the words' */
        PyObject *opening = PyUnicode_DecodeASCII(lowered, 3, NULL);
        if (opening == NULL) {
            return -1;
        }
        int known = PyDict_Contains(words, opening);
        Py_DECREF(opening);
        return known < 0 ? -1 : !known;
    }
    Py_UCS4 first = PyUnicode_READ(kind, data, from);
    return first == 0x201c || first == 0x201d || first == 0x2018 || first == 0x2019;
}

/* plain_lines(lines, words, mark_lines) -> set: the plain lines (see plain_line) not in mark_lines. */
static PyObject *plain_lines(PyObject *self, PyObject *const *args, Py_ssize_t nargs) {
    (void)self;
    if (nargs != 3 || !PyList_Check(args[0]) || !PyDict_Check(args[1]) || !PyAnySet_Check(args[2])) {
        PyErr_SetString(PyExc_TypeError, "plain_lines(lines, words, mark_lines): a list, a dict and a set");
        return NULL;
    }
    PyObject *plain = PySet_New(NULL);
    if (plain == NULL) {
        return NULL;
    }
    for (Py_ssize_t i = 0; i < PyList_GET_SIZE(args[0]); i++) {
        PyObject *line = PyList_GET_ITEM(args[0], i);
        if (!PyUnicode_Check(line)) {
            PyErr_SetString(PyExc_TypeError, "plain_lines() needs lines of str");
            Py_DECREF(plain);
            return NULL;
        }
        int answer = plain_line(line, args[1]);
        PyObject *index = answer > 0 ? PyLong_FromSsize_t(i) : NULL;
        int marked = index != NULL && PySet_GET_SIZE(args[2]) ? PySet_Contains(args[2], index) : 0;
        if (answer < 0 || (answer > 0 && index == NULL) || marked < 0
            || (index != NULL && !marked && PySet_Add(plain, index) < 0)) {
            Py_XDECREF(index);
            Py_DECREF(plain);
            return NULL;
        }
        Py_XDECREF(index);
    }
    return plain;
}

/* Whether ``c`` may follow the ")" that TRAILING_PAREN ends at (news._TAG_TAIL's class). */
static int tag_tail_character(Py_UCS4 c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '\'' || c == '&' || c == '.' || c == '-'
           || Py_UNICODE_ISSPACE(c);
}

/* trailing_candidates(line, end, endings) -> (bool, tuple) | None: news._trailing_candidates. None when
``end`` is not within the line (news.py then answers in Python). */
static PyObject *trailing_candidates(PyObject *self, PyObject *const *args, Py_ssize_t nargs) {
    (void)self;
    if (nargs != 3 || !PyUnicode_Check(args[0]) || !PyLong_Check(args[1]) || !PyTuple_Check(args[2])) {
        PyErr_SetString(PyExc_TypeError, "trailing_candidates(line, end, endings)");
        return NULL;
    }
    PyObject *line = args[0];
    Py_ssize_t end = PyLong_AsSsize_t(args[1]);
    if (end == -1 && PyErr_Occurred()) {
        return NULL;
    }
    int kind = PyUnicode_KIND(line);
    const void *data = PyUnicode_DATA(line);
    if (end < 0 || end > PyUnicode_GET_LENGTH(line)) {
        Py_RETURN_NONE;
    }
    Py_ssize_t text_end = end;
    while (text_end && Py_UNICODE_ISSPACE(PyUnicode_READ(kind, data, text_end - 1))) {
        text_end--;
    }
    int text = 0;
    for (Py_ssize_t k = 0; text_end && !text && k < PyTuple_GET_SIZE(args[2]); k++) {
        Py_ssize_t found = PyUnicode_Tailmatch(line, PyTuple_GET_ITEM(args[2], k), 0, text_end, 1);
        if (found < 0) {
            return NULL;
        }
        text = found > 0;
    }
    Py_ssize_t floor = end > 600 ? end - 600 : 0, starts[3], count = 0;
    Py_ssize_t close = end - 1;
    while (close >= floor && PyUnicode_READ(kind, data, close) != ')') {
        close--;
    }
    int tail = close >= floor;
    for (Py_ssize_t k = close + 1; tail && k < end; k++) {
        tail = tag_tail_character(PyUnicode_READ(kind, data, k));
    }
    for (Py_ssize_t position = end - 1; tail && count < 3 && position >= floor; position--) {
        if (PyUnicode_READ(kind, data, position) == '(') {
            int space = position > 0 && Py_UNICODE_ISSPACE(PyUnicode_READ(kind, data, position - 1));
            starts[count++] = space ? position - 1 : position;
        }
    }
    PyObject *candidates = PyTuple_New(count);
    if (candidates == NULL) {
        return NULL;
    }
    for (Py_ssize_t k = 0; k < count; k++) {
        PyObject *start = PyLong_FromSsize_t(starts[k]);
        if (start == NULL) {
            Py_DECREF(candidates);
            return NULL;
        }
        PyTuple_SET_ITEM(candidates, k, start);
    }
    return Py_BuildValue("(ON)", text ? Py_True : Py_False, candidates);
}

static PyMethodDef methods[] = {
    {"trigger_positions", trigger_positions, METH_O,
     "Where an inline marker can start in a text: news.py's _trigger_positions."},
    {"scan_lines", scan_lines, METH_O,
     "The same positions per line of a text, as {line index: [offsets in the line]}; the lines with a "
     "mark (news._line_reason's); the last line with a signature literal (-1: none); whether the text has "
     "\"(ANTARA\"."},
    {"trailing_candidates", (PyCFunction)(void (*)(void))trailing_candidates, METH_FASTCALL,
     "Where news._trailing_match tries its patterns: whether TRAILING_TEXT may match, and the starts for "
     "TRAILING_PAREN."},
    {"plain_lines", (PyCFunction)(void (*)(void))plain_lines, METH_FASTCALL,
     "The lines that news._classify_lines can pass over: plain paragraphs with no mark (see plain_line)."},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef module = {
    PyModuleDef_HEAD_INIT, "_news", "The news step's marker scan.", 0, methods, NULL, NULL, NULL, NULL,
};

PyMODINIT_FUNC PyInit__news(void) {
    return PyModule_Create(&module);
}

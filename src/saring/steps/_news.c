/* The news step's marker scan: where an inline marker can start, in one pass over the text.

news.py finds these positions with news_patterns.INLINE_TRIGGER (a regex of literals) plus two
str.find loops; the regex engine costs ~5 ns a character even when nothing matches, and almost
every article has to be scanned. This kernel compares the same literals in C: a table lookup per
character, a literal comparison only where a literal's first character stands. Results are the
pure-Python path's (finditer's non-overlapping matches, the lower-case literals' overlapping
ones, in position order), which tests/steps/test_news_kernel.py checks.
*/
#define PY_SSIZE_T_CLEAN
#include <Python.h>

typedef struct {
    const char *text;
    Py_ssize_t size;
    int lower; /* found with str.find (overlapping, never skipped by a match) rather than by the regex */
} Literal;

/* INLINE_TRIGGER's literals and the two lower-case ones, grouped by their first two characters. */
static const Literal LITERALS[] = {
    {"ADVERTISEMENT", 13, 0}, {"Artikel", 7, 0}, {"Baca", 4, 0}, {"BACA", 4, 0}, {"Berita", 6, 0},
    {"Cek B", 5, 0}, {"COPYRIGHT", 9, 0}, {"Copyright", 9, 0}, {"Editor", 6, 0}, {"Foto:", 5, 0},
    {"Halaman", 7, 0}, {"Lihat", 5, 0},
    {"Pewarta", 7, 0}, {"Penulis", 7, 0}, {"Penerjemah", 10, 0}, {"Penyunting", 10, 0}, {"Perbesar", 8, 0},
    {"Reporter", 8, 0}, {"Redaktur", 8, 0},
    {"SCROLL", 6, 0}, {"Simak", 5, 0}, {"Saksikan", 8, 0}, {"Selengkapnya", 12, 0}, {"Sumber", 6, 0},
    {"Tonton", 6, 0}, {"Video", 5, 0}, {"[Gambas", 7, 0}, {"(Dok", 4, 0}, {"(dok", 4, 0},
    {"(kiri", 5, 0}, {"(kanan", 6, 0}, {"(kedua ", 7, 0}, {"(ketiga ", 8, 0}, {"(keempat ", 9, 0},
    {"(kelima ", 8, 0}, {"(keenam ", 8, 0},
    {"(tengah", 7, 0}, {"(paling ", 8, 0},
    {"selengkapnya baca", 17, 1}, {"pic.twitter.com/", 16, 1},
};

typedef struct {
    unsigned char first; /* index into LITERALS */
    unsigned char count;
} Group;

/* GROUPS[PAIRS[c][d] - 1]: the literals that start with the characters c, d (0: none do). */
static const Group GROUPS[] = {
    {0, 1}, {1, 1}, {2, 1}, {3, 1}, {4, 1}, {5, 1}, {6, 1}, {7, 1}, {8, 1}, {9, 1}, {10, 1}, {11, 1},
    {12, 5}, {17, 2}, {19, 1}, {20, 1}, {21, 1}, {22, 1}, {23, 1}, {24, 1}, {25, 1}, {26, 1}, {27, 1},
    {28, 1}, {29, 7}, {36, 1}, {37, 1}, {38, 1}, {39, 1},
};

static const unsigned char PAIRS[128][128] = {
    ['A']['D'] = 1, ['A']['r'] = 2, ['B']['a'] = 3, ['B']['A'] = 4, ['B']['e'] = 5, ['C']['e'] = 6,
    ['C']['O'] = 7, ['C']['o'] = 8, ['E']['d'] = 9, ['F']['o'] = 10, ['H']['a'] = 11, ['L']['i'] = 12,
    ['P']['e'] = 13, ['R']['e'] = 14, ['S']['C'] = 15, ['S']['i'] = 16, ['S']['a'] = 17, ['S']['e'] = 18,
    ['S']['u'] = 19, ['T']['o'] = 20, ['V']['i'] = 21, ['[']['G'] = 22, ['(']['D'] = 23, ['(']['d'] = 24,
    ['(']['k'] = 25, ['(']['t'] = 26, ['(']['p'] = 27, ['s']['e'] = 28, ['p']['i'] = 29,
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

/* One pass: positions into ``flat`` (whole text), or per line into ``by_line`` (offsets in the line). */
#define SCAN(T)                                                                                            \
    static int scan_##T(const T *data, Py_ssize_t length, PyObject *flat, PyObject *by_line) {            \
        Py_ssize_t skip = 0; /* finditer resumes after a match: nothing starts inside one */               \
        Py_ssize_t line = 0, line_start = 0, current_line = -1;                                            \
        PyObject *current = NULL;                                                                          \
        for (Py_ssize_t i = 0; i + 1 < length; i++) {                                                      \
            T c = data[i], d = data[i + 1];                                                                \
            unsigned char pair = (c < 128 && d < 128) ? PAIRS[c][d] : 0;                                   \
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
                if ((literal->lower || i >= skip) && literal_at_##T(data, length, i, literal)) {           \
                    if (record(flat, by_line, line, by_line ? i - line_start : i, &current, &current_line) < 0) {        \
                        return -1;                                                                         \
                    }                                                                                      \
                    if (!literal->lower) {                                                                 \
                        skip = i + literal->size;                                                          \
                    }                                                                                      \
                    break;                                                                                 \
                }                                                                                          \
            }                                                                                              \
        }                                                                                                  \
        return 0;                                                                                          \
    }
SCAN(Py_UCS1)
SCAN(Py_UCS2)
SCAN(Py_UCS4)

static int scan(PyObject *text, PyObject *flat, PyObject *by_line) {
    Py_ssize_t length = PyUnicode_GET_LENGTH(text);
    switch (PyUnicode_KIND(text)) {
    case PyUnicode_1BYTE_KIND: return scan_Py_UCS1(PyUnicode_1BYTE_DATA(text), length, flat, by_line);
    case PyUnicode_2BYTE_KIND: return scan_Py_UCS2(PyUnicode_2BYTE_DATA(text), length, flat, by_line);
    default: return scan_Py_UCS4(PyUnicode_4BYTE_DATA(text), length, flat, by_line);
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
    if (scan(text, positions, NULL) < 0) {
        Py_DECREF(positions);
        return NULL;
    }
    return positions;
}

static PyObject *triggers_by_line(PyObject *self, PyObject *text) {
    (void)self;
    if (!PyUnicode_Check(text)) {
        PyErr_SetString(PyExc_TypeError, "triggers_by_line() needs a str");
        return NULL;
    }
    PyObject *by_line = PyDict_New();
    if (by_line == NULL) {
        return NULL;
    }
    if (scan(text, NULL, by_line) < 0) {
        Py_DECREF(by_line);
        return NULL;
    }
    return by_line;
}

static PyMethodDef methods[] = {
    {"trigger_positions", trigger_positions, METH_O,
     "Where an inline marker can start in a text: news.py's _trigger_positions."},
    {"triggers_by_line", triggers_by_line, METH_O,
     "The same positions per line of a text, as {line index: [offsets in the line]}."},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef module = {
    PyModuleDef_HEAD_INIT, "_news", "The news step's marker scan.", 0, methods, NULL, NULL, NULL, NULL,
};

PyMODINIT_FUNC PyInit__news(void) {
    return PyModule_Create(&module);
}

/* The spam step's pre-checks in C: one pass over a text says whether it can score at all.
 *
 * spam.py keeps a pure-Python path with the same results; tests/steps/test_spam_kernel.py runs both.
 *
 * scan(text, fold, bloom, words) -> (foldable, shaped, counts, tokens), the values spam._scan
 * computes in pure Python from the UTF-8 bytes b" " + text:
 *   foldable  a character whose bit is set in ``fold`` (a bitmap over code points);
 *   shaped    spam._may_have_brand: in the byte shape (ASCII letter "a", digit "0", one of " .-_*|[]"
 *             a space, anything else "#") "aaa0" or " a a a", or, among the capitals A-Z and "0"
 *             alone, TOTO, T0T0, BET, SLOT, TOGEL or GACOR;
 *   counts    {token: count} for the tokens in ``words``, in order of first occurrence, where tokens
 *             are the runs of ASCII letters and digits, lower-cased; ``bloom`` (a bitmap indexed by
 *             spam._bloom_index) screens a token before the exact look-up;
 *   tokens    how many tokens there are.
 * Non-ASCII characters only ever end a token or break a shape, as their UTF-8 bytes (all >= 0x80)
 * do in the Python path.
 *
 * spaced(text) -> bool: whether spam._SPACED could match: a character that is not an ASCII letter
 * or digit (or the start), then alnum, 1-2 separators, alnum, 1-2 separators, alnum.
 *
 * brand_spans(text) -> [(start, end)]: the tokens spam._BRAND could match, as str indices: runs of
 * ASCII letters and digits not preceded by "@" that hold three letters before a digit or end in
 * an upper-case BET, SLOT, TOTO, TOGEL or GACOR. */

#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <stdint.h>

#define MAX_WORD 64 /* spam.py builds ``words`` from shorter words only */

/* Macros, not functions: they also fill the constant ascii_table below. */
#define IS_LETTER(c) (((c) >= 'a' && (c) <= 'z') || ((c) >= 'A' && (c) <= 'Z'))
#define IS_DIGIT(c) ((c) >= '0' && (c) <= '9')
/* Separators of the shape pre-check (ASCII only: non-ASCII bytes are "#" there). */
#define IS_SHAPE_SPACE(c) \
    ((c) == ' ' || (c) == '.' || (c) == '-' || (c) == '_' || (c) == '*' || (c) == '|' || (c) == '[' || (c) == ']')

static inline int is_letter(Py_UCS4 c) { return IS_LETTER(c); }
static inline int is_digit(Py_UCS4 c) { return IS_DIGIT(c); }
static inline int is_alnum(Py_UCS4 c) { return IS_LETTER(c) || IS_DIGIT(c); }
static inline int is_shape_space(Py_UCS4 c) { return IS_SHAPE_SPACE(c); }

/* Separators of spam._SPACED. */
static inline int is_spaced_separator(Py_UCS4 c) {
    return is_shape_space(c) || c == 0xB7 || c == 0x2022 || c == 0x3010 || c == 0x3011;
}

/* A token's hash: rotate and mix in each byte (one short dependency chain per character), then
 * spread the bits once per token. Must match spam._bloom_index. */
static inline uint32_t hash_step(uint32_t hash, unsigned char byte) { return ((hash << 5) | (hash >> 27)) ^ byte; }
static inline uint32_t bloom_index(uint32_t hash) { return (hash * 2654435761u) >> 16; }

#define PACK4(a, b, c, d) (((uint64_t)(a) << 24) | ((uint64_t)(b) << 16) | ((uint64_t)(c) << 8) | (uint64_t)(d))
#define PACK3(a, b, c) (((uint64_t)(a) << 16) | ((uint64_t)(b) << 8) | (uint64_t)(c))
#define PACK5(a, b, c, d, e) (((uint64_t)(a) << 32) | PACK4(b, c, d, e))
#define PACK6(a, b, c, d, e, f) (((uint64_t)(a) << 40) | PACK5(b, c, d, e, f))

static inline int shape_hit(uint64_t shape) {
    return (shape & 0xFFFFFFFFu) == PACK4('a', 'a', 'a', '0') ||
           (shape & 0xFFFFFFFFFFFFull) == PACK6(' ', 'a', ' ', 'a', ' ', 'a');
}

static inline int capitals_hit(uint64_t caps) {
    uint64_t four = caps & 0xFFFFFFFFu, five = caps & 0xFFFFFFFFFFull;
    return four == PACK4('T', 'O', 'T', 'O') || four == PACK4('T', '0', 'T', '0') || four == PACK4('S', 'L', 'O', 'T') ||
           (caps & 0xFFFFFFu) == PACK3('B', 'E', 'T') || five == PACK5('T', 'O', 'G', 'E', 'L') ||
           five == PACK5('G', 'A', 'C', 'O', 'R');
}

typedef struct {
    const unsigned char *fold;
    Py_ssize_t fold_bits;
    const unsigned char *bloom;
    PyObject *words;
    PyObject *counts;
} Lookup;

/* Count one token (the ASCII letters and digits text[start:end], lower-cased) when it is one of the
 * words; -1 on error. Only a token whose hash is in the bloom is copied out and looked up. */
#define DEFINE_COUNT(TYPE)                                                                              \
    static int count_##TYPE(Lookup *lookup, const TYPE *text, Py_ssize_t start, Py_ssize_t end,        \
                            uint32_t hash) {                                                            \
        uint32_t index = bloom_index(hash);                                                             \
        if (end - start > MAX_WORD || !(lookup->bloom[index >> 3] & (1u << (index & 7)))) return 0;     \
        char token[MAX_WORD];                                                                           \
        for (Py_ssize_t k = start; k < end; k++) token[k - start] = (char)(text[k] | 0x20);            \
        return count_token(lookup, token, end - start);                                                 \
    }

/* Count a lower-cased token that passed the bloom when it is one of the words; -1 on error. */
static int count_token(Lookup *lookup, const char *token, Py_ssize_t length) {
    PyObject *key = PyBytes_FromStringAndSize(token, length);
    if (key == NULL) return -1;
    int found = PySet_Contains(lookup->words, key);
    if (found <= 0) {
        Py_DECREF(key);
        return found;
    }
    PyObject *count = PyDict_GetItemWithError(lookup->counts, key);
    long previous = 0;
    if (count != NULL) {
        previous = PyLong_AsLong(count);
    } else if (PyErr_Occurred()) {
        Py_DECREF(key);
        return -1;
    }
    PyObject *updated = PyLong_FromLong(previous + 1);
    if (updated == NULL) {
        Py_DECREF(key);
        return -1;
    }
    int status = PyDict_SetItem(lookup->counts, key, updated);
    Py_DECREF(updated);
    Py_DECREF(key);
    return status;
}

static inline int foldable_char(const Lookup *lookup, Py_UCS4 c) {
    return (Py_ssize_t)c < lookup->fold_bits && (lookup->fold[c >> 3] & (1u << (c & 7)));
}

/* Per ASCII character: its shape symbol ("a" letter, "0" digit, " " separator, "#" anything else)
 * in the low byte, and CAPITAL for the characters the capitals check keeps (A-Z and "0"). */
enum { CAPITAL = 0x100 };
#define ROW8(f, c) f(c), f(c + 1), f(c + 2), f(c + 3), f(c + 4), f(c + 5), f(c + 6), f(c + 7)
#define ASCII_ENTRY(c)                                                                                \
    ((IS_LETTER(c) ? 'a' : IS_DIGIT(c) ? '0' : IS_SHAPE_SPACE(c) ? ' ' : '#') |                      \
     (((c) >= 'A' && (c) <= 'Z') || (c) == '0' ? CAPITAL : 0))
static const uint16_t ascii_table[128] = {
    ROW8(ASCII_ENTRY, 0),  ROW8(ASCII_ENTRY, 8),  ROW8(ASCII_ENTRY, 16),  ROW8(ASCII_ENTRY, 24),
    ROW8(ASCII_ENTRY, 32), ROW8(ASCII_ENTRY, 40), ROW8(ASCII_ENTRY, 48),  ROW8(ASCII_ENTRY, 56),
    ROW8(ASCII_ENTRY, 64), ROW8(ASCII_ENTRY, 72), ROW8(ASCII_ENTRY, 80),  ROW8(ASCII_ENTRY, 88),
    ROW8(ASCII_ENTRY, 96), ROW8(ASCII_ENTRY, 104), ROW8(ASCII_ENTRY, 112), ROW8(ASCII_ENTRY, 120),
};

/* One pass of scan() over a text of one kind; -1 on error. */
#define DEFINE_SCAN(TYPE)                                                                               \
    DEFINE_COUNT(TYPE)                                                                                  \
    static int scan_##TYPE(const TYPE *text, Py_ssize_t n, Lookup *lookup, int *foldable_out,          \
                           int *shaped_out, Py_ssize_t *tokens_out) {                                   \
        uint64_t shape = ' ', caps = 0;                                                                 \
        Py_ssize_t start = -1, tokens = 0;                                                              \
        uint32_t hash = 0;                                                                              \
        int foldable = 0, shaped = 0;                                                                   \
        for (Py_ssize_t i = 0; i < n; i++) {                                                            \
            Py_UCS4 c = text[i];                                                                        \
            if (c >= 'a' && c <= 'z') { /* most characters: only a first letter can end " a a a" */     \
                if (start < 0) start = i;                                                               \
                hash = hash_step(hash, (unsigned char)c);                                               \
                shape = (shape << 8) | 'a';                                                             \
                if (((shape >> 8) & 0xFF) == ' ') shaped |= shape_hit(shape);                           \
                continue;                                                                               \
            }                                                                                           \
            unsigned entry = c < 0x80 ? ascii_table[c] : '#';                                           \
            unsigned char symbol = (unsigned char)entry;                                                \
            if (symbol == 'a' || symbol == '0') {                                                       \
                if (start < 0) start = i;                                                               \
                hash = hash_step(hash, (unsigned char)(c | 0x20));                                      \
            } else {                                                                                    \
                if (start >= 0) {                                                                       \
                    tokens++;                                                                           \
                    if (count_##TYPE(lookup, text, start, i, hash) < 0) return -1;                      \
                    start = -1;                                                                         \
                    hash = 0;                                                                           \
                }                                                                                       \
                if (c >= 0x80 && !foldable) foldable = foldable_char(lookup, c);                        \
            }                                                                                           \
            shape = (shape << 8) | symbol;                                                              \
            shaped |= shape_hit(shape);                                                                 \
            if (entry & CAPITAL) {                                                                      \
                caps = (caps << 8) | c;                                                                 \
                shaped |= capitals_hit(caps);                                                           \
            }                                                                                           \
        }                                                                                               \
        if (start >= 0) {                                                                               \
            tokens++;                                                                                   \
            if (count_##TYPE(lookup, text, start, n, hash) < 0) return -1;                              \
        }                                                                                               \
        *foldable_out = foldable;                                                                       \
        *shaped_out = shaped;                                                                           \
        *tokens_out = tokens;                                                                           \
        return 0;                                                                                       \
    }

DEFINE_SCAN(Py_UCS1)
DEFINE_SCAN(Py_UCS2)
DEFINE_SCAN(Py_UCS4)

static PyObject *scan(PyObject *module, PyObject *args) {
    (void)module;
    PyObject *text, *words;
    Py_buffer fold, bloom;
    if (!PyArg_ParseTuple(args, "Uy*y*O!:scan", &text, &fold, &bloom, &PyFrozenSet_Type, &words)) return NULL;
    PyObject *result = NULL;
    if (bloom.len < 0x10000 / 8) {
        PyErr_SetString(PyExc_ValueError, "bloom must hold 65536 bits");
        goto done;
    }
    Lookup lookup = {fold.buf, fold.len * 8, bloom.buf, words, PyDict_New()};
    if (lookup.counts == NULL) goto done;
    int foldable = 0, shaped = 0, status = 0;
    Py_ssize_t tokens = 0, n = PyUnicode_GET_LENGTH(text);
    const void *data = PyUnicode_DATA(text);
    switch (PyUnicode_KIND(text)) {
        case PyUnicode_1BYTE_KIND:
            status = scan_Py_UCS1(data, n, &lookup, &foldable, &shaped, &tokens);
            break;
        case PyUnicode_2BYTE_KIND:
            status = scan_Py_UCS2(data, n, &lookup, &foldable, &shaped, &tokens);
            break;
        default:
            status = scan_Py_UCS4(data, n, &lookup, &foldable, &shaped, &tokens);
    }
    if (status == 0) result = Py_BuildValue("(NNOn)", PyBool_FromLong(foldable), PyBool_FromLong(shaped),
                                            lookup.counts, tokens);
    Py_DECREF(lookup.counts);
done:
    PyBuffer_Release(&fold);
    PyBuffer_Release(&bloom);
    return result;
}

/* Symbols of spaced(): 0 before the text, then alnum, separator, other; four bits each. */
enum { START, ALNUM, SEPARATOR, OTHER };

static inline int spaced_hit(uint32_t recent) {
    /* alnum s alnum s alnum, with one or two separators s, after anything but an alnum. */
    static const struct {
        uint32_t pattern, mask;
        int shift;
    } runs[] = {{0x12121, 0xFFFFF, 20}, {0x122121, 0xFFFFFF, 24}, {0x121221, 0xFFFFFF, 24}, {0x1221221, 0xFFFFFFF, 28}};
    for (size_t k = 0; k < sizeof runs / sizeof runs[0]; k++) {
        if ((recent & runs[k].mask) == runs[k].pattern && ((recent >> runs[k].shift) & 0xF) != ALNUM) return 1;
    }
    return 0;
}

static PyObject *spaced(PyObject *module, PyObject *arg) {
    (void)module;
    if (!PyUnicode_Check(arg)) {
        PyErr_SetString(PyExc_TypeError, "spaced() takes a str");
        return NULL;
    }
    int kind = PyUnicode_KIND(arg);
    const void *data = PyUnicode_DATA(arg);
    Py_ssize_t n = PyUnicode_GET_LENGTH(arg);
    uint32_t recent = START;
    for (Py_ssize_t i = 0; i < n; i++) {
        Py_UCS4 c = PyUnicode_READ(kind, data, i);
        uint32_t symbol = is_alnum(c) ? ALNUM : is_spaced_separator(c) ? SEPARATOR : OTHER;
        recent = (recent << 4) | symbol;
        if (symbol == ALNUM && ((recent >> 4) & 0xF) == SEPARATOR && spaced_hit(recent)) Py_RETURN_TRUE;
    }
    Py_RETURN_FALSE;
}

static inline int ends_with(int kind, const void *data, Py_ssize_t end, Py_ssize_t length, const char *suffix) {
    Py_ssize_t size = (Py_ssize_t)strlen(suffix);
    if (length < size) return 0;
    for (Py_ssize_t k = 0; k < size; k++) {
        if (PyUnicode_READ(kind, data, end - size + k) != (Py_UCS4)(unsigned char)suffix[k]) return 0;
    }
    return 1;
}

static int brand_candidate(int kind, const void *data, Py_ssize_t start, Py_ssize_t end, int letter_digit) {
    if (start > 0 && PyUnicode_READ(kind, data, start - 1) == '@') return 0;
    if (letter_digit) return 1;
    Py_ssize_t length = end - start;
    return ends_with(kind, data, end, length, "BET") || ends_with(kind, data, end, length, "SLOT") ||
           ends_with(kind, data, end, length, "TOTO") || ends_with(kind, data, end, length, "TOGEL") ||
           ends_with(kind, data, end, length, "GACOR");
}

static PyObject *brand_spans(PyObject *module, PyObject *arg) {
    (void)module;
    if (!PyUnicode_Check(arg)) {
        PyErr_SetString(PyExc_TypeError, "brand_spans() takes a str");
        return NULL;
    }
    int kind = PyUnicode_KIND(arg);
    const void *data = PyUnicode_DATA(arg);
    Py_ssize_t n = PyUnicode_GET_LENGTH(arg);
    PyObject *spans = PyList_New(0);
    if (spans == NULL) return NULL;
    Py_ssize_t start = -1, letters = 0;
    int letter_digit = 0;
    for (Py_ssize_t i = 0; i <= n; i++) {
        Py_UCS4 c = i < n ? PyUnicode_READ(kind, data, i) : ' ';
        if (is_alnum(c)) {
            if (start < 0) start = i;
            if (is_digit(c) && letters >= 3) letter_digit = 1;
            letters = is_letter(c) ? letters + 1 : 0;
            continue;
        }
        if (start >= 0 && brand_candidate(kind, data, start, i, letter_digit)) {
            PyObject *span = Py_BuildValue("(nn)", start, i);
            if (span == NULL || PyList_Append(spans, span) < 0) {
                Py_XDECREF(span);
                Py_DECREF(spans);
                return NULL;
            }
            Py_DECREF(span);
        }
        start = -1;
        letters = 0;
        letter_digit = 0;
    }
    return spans;
}

static PyMethodDef methods[] = {
    {"scan", scan, METH_VARARGS, "(foldable, shaped, {word: count}, tokens) of a text; see _spam.c."},
    {"spaced", spaced, METH_O, "Whether spam._SPACED could match the text."},
    {"brand_spans", brand_spans, METH_O, "Spans of the tokens spam._BRAND could match."},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef module = {PyModuleDef_HEAD_INIT, "_spam", "The spam step's pre-checks.", 0, methods,
                                    NULL, NULL, NULL, NULL};

PyMODINIT_FUNC PyInit__spam(void) { return PyModule_Create(&module); }

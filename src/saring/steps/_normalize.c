/* The normalize step's common path in C: one scan decides whether a text needs Python's repairs,
 * a second (only when something changes) writes the tidied text.
 *
 * normalize.py keeps a pure-Python path with the same results; tests/steps/test_normalize_kernel.py
 * runs both. Per line: strip U+0020 at both ends, collapse runs of U+0020 to one; then drop leading
 * and trailing empty lines and cut runs of empty lines to max_blank_lines.
 *
 * When screening a text as it was read, the kernel also does what Normalize._slow_path would do to
 * the commonest crawl damage: NBSP and tab become spaces, zero-width characters go, "\r\n" and a
 * line-final "\r" end the line, any other "\r" splits it (both pieces keep the line's original
 * number). Any other character Python must look at (the rest of normalize._ATTENTION, a control or
 * a mojibake pair in a text that goes through the slow path) makes it return None instead, so Python
 * repairs the text; characters that might not be NFC are left to Python's unicodedata to check. */

#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <limits.h>
#include <stdint.h>
#include <string.h>

/* SPACE covers U+0020, and when screening NBSP and tab; CR is "\r", only when screening. */
enum { ORDINARY, SPACE, NEWLINE, CR, CONTROL, INVISIBLE, UNSURE, NEEDS_PYTHON };
/* PLAIN: text Python has already repaired. ASCII / WIDE: screening an ASCII / non-ASCII text. */
enum { PLAIN, ASCII, WIDE };

/* normalize._ATTENTION less "\t", "\n" and "\r" (the invisible characters are tested first). */
static inline int attention(Py_UCS4 c) {
    if (c < 0x20) return 1;
    if (c < 0x100) {
        return (c >= 0x7F && c <= 0x9F) || c == 0xAD || (c >= 0xC2 && c <= 0xC5) || (c >= 0xCE && c <= 0xD1) ||
               (c >= 0xE0 && c <= 0xE3) || c == 0xF0;
    }
    return c == 0x1680 || (c >= 0x2000 && c <= 0x200D) || c == 0x2028 || c == 0x2029 || c == 0x202F ||
           c == 0x205F || c == 0x2060 || c == 0x3000 || c == 0xFEFF;
}

/* Characters that are NFC in any sequence of such characters: combining class 0, no canonical
 * decomposition, never the second half of a composition (checked over all of Unicode by the tests).
 * Latin up to the combining marks, and general punctuation and currency signs. */
static inline int nfc_safe(Py_UCS4 c) { return c < 0x300 || (c >= 0x2002 && c < 0x20D0); }

/* The two halves of normalize._MOJIBAKE: a UTF-8 lead byte read as Latin-1, then a continuation
 * byte read as Latin-1 or cp1252. */
static inline int mojibake_lead(Py_UCS4 c) { return c >= 0xC2 && c <= 0xF4; }

static inline int mojibake_continuation(Py_UCS4 c) {
    if (c < 0x80) return 0;
    if (c <= 0xBF) return 1;
    switch (c) {
    case 0x152: case 0x153: case 0x160: case 0x161: case 0x178: case 0x17D: case 0x17E: case 0x192:
    case 0x2C6: case 0x2DC: case 0x2013: case 0x2014: case 0x2026: case 0x2030: case 0x2039: case 0x203A:
    case 0x20AC: case 0x2122:
        return 1;
    default:
        return (c >= 0x2018 && c <= 0x201E) || (c >= 0x2020 && c <= 0x2022);
    }
}

static inline int char_class(Py_UCS4 c, int mode) {
    if (c > 0x20 && c < 0x7F) return ORDINARY;
    if (c == ' ') return SPACE;
    if (c == '\n') return NEWLINE;
    if (mode == PLAIN) return ORDINARY;
    if (c == '\t') return SPACE;
    if (c == '\r') return CR;
    if (mode == ASCII) {
        /* Form feeds split lines, other controls are removed, but only on the slow path. */
        return c == 0x0B || c == 0x0C ? NEEDS_PYTHON : c < 0x20 || c == 0x7F ? CONTROL : ORDINARY;
    }
    if (c == 0xA0) return SPACE;
    if (c == 0x200B || c == 0x200C || c == 0x200D || c == 0x2060 || c == 0xFEFF) return INVISIBLE;
    if (attention(c)) return NEEDS_PYTHON;
    return nfc_safe(c) ? ORDINARY : UNSURE;
}

typedef struct {
    int needs_python; /* a character Python must repair: give up */
    int changes;      /* the text changes, or its lines need numbers */
    int renumber;     /* lines are split or trimmed: the kept lines' original numbers are needed */
    int trim;         /* several lines, some empty: blank lines are trimmed */
    Py_UCS4 maxchar;  /* the largest character kept, above U+007F (decides the result's kind) */
    int unsure;       /* a character that may not be NFC: Python checks the text */
} Scan;

static int append_number(PyObject *list, Py_ssize_t number) {
    PyObject *value = PyLong_FromSsize_t(number);
    if (value == NULL) return -1;
    int result = PyList_Append(list, value);
    Py_DECREF(value);
    return result;
}

/* Blocks of 8 one-byte or 4 two-byte characters read as one 64-bit word: a block of printable
 * ASCII with no two spaces side by side needs nothing done in any mode, and most blocks of running
 * text are such blocks. zero_lanes sets the high bit of exactly the lanes that are zero. */
#define ONES8 0x0101010101010101ULL
#define ONES16 0x0001000100010001ULL

static inline uint64_t zero_lanes(uint64_t v, uint64_t low) { return ~(((v & low) + low) | v | low); }

static inline int plain_block_Py_UCS1(const Py_UCS1 *p) {
    uint64_t x;
    memcpy(&x, p, sizeof x);
    const uint64_t low = 0x7F * ONES8, high = 0x80 * ONES8;
    uint64_t control = ~((x & low) + 0x60 * ONES8) & ~x & high; /* below 0x20 */
    uint64_t bad = control | zero_lanes(x ^ (0x7F * ONES8), low) | (x & high);
    uint64_t spaces = zero_lanes(x ^ (0x20 * ONES8), low);
    return !bad && !(spaces & (spaces >> 8));
}

static inline int plain_block_Py_UCS2(const Py_UCS2 *p) {
    uint64_t x;
    memcpy(&x, p, sizeof x);
    const uint64_t low = 0x7FFF * ONES16, high = 0x8000 * ONES16;
    uint64_t control = ~((x & low) + 0x7FE0 * ONES16) & ~x & high; /* below 0x20 */
    uint64_t bad = control | zero_lanes(x ^ (0x7F * ONES16), low) | (x & (0xFF80 * ONES16));
    uint64_t spaces = zero_lanes(x ^ (0x20 * ONES16), low);
    return !bad && !(spaces & (spaces >> 16));
}

static inline int plain_block_Py_UCS4(const Py_UCS4 *Py_UNUSED(p)) { return 0; }

/* A "\r" right before "\n" or at the end is dropped with the line end (Normalize._split_breaks
 * removes it); any other one ends a line. */
#define CR_SPLITS(text, i, n) ((i) + 1 < (n) && (text)[(i) + 1] != '\n')

#define DEFINE_PASSES(TYPE)                                                                            \
    enum { BLOCK_##TYPE = 8 / sizeof(TYPE) };                                                          \
                                                                                                       \
    static void scan_##TYPE(const TYPE *text, Py_ssize_t n, int mode, Scan *scan) {                    \
        const Py_ssize_t block = BLOCK_##TYPE;                                                         \
        int content = 0, after_space = 0, empty_line = 0, lines = 1;                                   \
        int slow = 0, suspect = 0, after_lead = 0, deleted = 0;                                        \
        Py_ssize_t i = 0;                                                                              \
        while (i < n) {                                                                                \
            if (i + block <= n && plain_block_##TYPE(text + i) &&                                      \
                (text[i] != ' ' || (content && !after_space))) {                                       \
                for (i += block; i + block <= n && plain_block_##TYPE(text + i) &&                     \
                                 !(text[i] == ' ' && text[i - 1] == ' ');                              \
                     i += block) {                                                                     \
                }                                                                                      \
                content = 1;                                                                           \
                after_lead = 0;                                                                        \
                after_space = text[i - 1] == ' ';                                                      \
                continue;                                                                              \
            }                                                                                          \
            for (Py_ssize_t stop = i + block < n ? i + block : n; i < stop; i++) {                     \
                Py_UCS4 c = text[i];                                                                   \
                int kind = char_class(c, mode);                                                        \
                if (kind == INVISIBLE) { /* gone before the mojibake test: neighbours meet */          \
                    slow = deleted = scan->changes = 1;                                                \
                    continue;                                                                          \
                }                                                                                      \
                if (kind == ORDINARY || kind == UNSURE) {                                              \
                    if (kind == UNSURE) scan->unsure = 1;                                              \
                    content = 1;                                                                       \
                    after_space = 0;                                                                   \
                    if (c >= 0x80) {                                                                   \
                        if (c > scan->maxchar) scan->maxchar = c;                                      \
                        if (after_lead && mojibake_continuation(c)) suspect = 1;                       \
                        after_lead = mojibake_lead(c);                                                 \
                    } else {                                                                           \
                        after_lead = 0;                                                                \
                    }                                                                                  \
                    continue;                                                                          \
                }                                                                                      \
                after_lead = 0;                                                                        \
                switch (kind) {                                                                        \
                case SPACE:                                                                            \
                    if (c == '\t') slow = 1;                                                           \
                    if (c != ' ' || !content || after_space) scan->changes = 1;                        \
                    after_space = 1;                                                                   \
                    break;                                                                             \
                case CONTROL:                                                                          \
                    suspect = content = 1;                                                             \
                    after_space = 0;                                                                   \
                    break;                                                                             \
                case CR:                                                                               \
                    slow = scan->changes = scan->renumber = 1;                                         \
                    if (!CR_SPLITS(text, i, n)) break;                                                 \
                    /* a line break, as below */                                                       \
                    if (!content) empty_line = 1;                                                      \
                    content = after_space = 0;                                                         \
                    lines++;                                                                           \
                    break;                                                                             \
                case NEWLINE:                                                                          \
                    if (after_space) scan->changes = 1;                                                \
                    if (!content) empty_line = 1;                                                      \
                    content = after_space = 0;                                                         \
                    lines++;                                                                           \
                    break;                                                                             \
                default:                                                                               \
                    scan->needs_python = 1;                                                            \
                    return;                                                                            \
                }                                                                                      \
            }                                                                                          \
        }                                                                                              \
        /* A control or a mojibake pair only matters where the slow path would run; a character that   \
         * may not be NFC could compose with its neighbour once an invisible one between them goes. */ \
        if ((slow && suspect) || (deleted && scan->unsure)) {                                          \
            scan->needs_python = 1;                                                                    \
            return;                                                                                    \
        }                                                                                              \
        if (after_space) scan->changes = 1;                                                            \
        if (!content) empty_line = 1;                                                                  \
        if (lines > 1 && empty_line) scan->trim = scan->renumber = scan->changes = 1;                  \
    }                                                                                                  \
                                                                                                       \
    /* One pass: spaces wait until a character follows on the same line; an empty line waits (as a    \
     * count of "\n") until a line with content follows, so leading and trailing ones never appear. */ \
    static Py_ssize_t write_##TYPE(const TYPE *text, Py_ssize_t n, int mode, int trim,                 \
                                   long long max_blank, TYPE *out, PyObject *origin) {                 \
        const Py_ssize_t block = BLOCK_##TYPE;                                                         \
        Py_ssize_t o = 0, number = 1, written = 0, pending = 0;                                        \
        long long blank_run = 0;                                                                       \
        int content = 0, space = 0;                                                                    \
        Py_ssize_t i = 0;                                                                              \
        while (i <= n) {                                                                               \
            if (content && !space && i + block <= n && plain_block_##TYPE(text + i)) {                 \
                /* A run of plain blocks is copied at once; a space ending it waits like any other. */ \
                Py_ssize_t run = i;                                                                    \
                for (i += block; i + block <= n && plain_block_##TYPE(text + i) &&                     \
                                 !(text[i] == ' ' && text[i - 1] == ' ');                              \
                     i += block) {                                                                     \
                }                                                                                      \
                Py_ssize_t end = text[i - 1] == ' ' ? i - 1 : i;                                       \
                space = end < i;                                                                       \
                memcpy(out + o, text + run, (end - run) * sizeof(TYPE));                               \
                o += end - run;                                                                        \
                continue;                                                                              \
            }                                                                                          \
            for (Py_ssize_t stop = i + block < n + 1 ? i + block : n + 1; i < stop; i++) {             \
                int kind = i == n ? NEWLINE : char_class(text[i], mode);                               \
                if (kind == INVISIBLE) continue;                                                       \
                if (kind == SPACE || (kind == CR && !CR_SPLITS(text, i, n))) {                         \
                    space = content;                                                                   \
                    continue;                                                                          \
                }                                                                                      \
                if (kind == NEWLINE || kind == CR) {                                                   \
                    if (!content && !trim) {                                                           \
                        /* the only line, empty: no trimming, it keeps its number */                   \
                        if (origin && append_number(origin, number) < 0) return -1;                    \
                    } else if (!content) {                                                             \
                        blank_run++;                                                                   \
                        if (written > 0 && blank_run <= max_blank) {                                   \
                            pending++;                                                                 \
                            if (origin && append_number(origin, number) < 0) return -1;                \
                        }                                                                              \
                    }                                                                                  \
                    if (kind == NEWLINE) number++;                                                     \
                    content = space = 0;                                                               \
                    continue;                                                                          \
                }                                                                                      \
                if (!content) {                                                                        \
                    if (written > 0) {                                                                 \
                        for (Py_ssize_t k = 0; k <= pending; k++) out[o++] = '\n';                     \
                        written += pending;                                                            \
                        pending = 0;                                                                   \
                    }                                                                                  \
                    if (origin && append_number(origin, number) < 0) return -1;                        \
                    written++;                                                                         \
                    content = 1;                                                                       \
                    blank_run = 0;                                                                     \
                } else if (space) {                                                                    \
                    out[o++] = ' ';                                                                    \
                    space = 0;                                                                         \
                }                                                                                      \
                out[o++] = text[i];                                                                    \
            }                                                                                          \
        }                                                                                              \
        /* Trailing empty lines go. */                                                                 \
        if (pending && origin) {                                                                       \
            Py_ssize_t size = PyList_GET_SIZE(origin);                                                 \
            if (PyList_SetSlice(origin, size - pending, size, NULL) < 0) return -1;                    \
        }                                                                                              \
        return o;                                                                                      \
    }

DEFINE_PASSES(Py_UCS1)
DEFINE_PASSES(Py_UCS2)
DEFINE_PASSES(Py_UCS4)

static void scan_text(int kind, const void *data, Py_ssize_t n, int mode, Scan *scan) {
    if (kind == PyUnicode_1BYTE_KIND) scan_Py_UCS1(data, n, mode, scan);
    else if (kind == PyUnicode_2BYTE_KIND) scan_Py_UCS2(data, n, mode, scan);
    else scan_Py_UCS4(data, n, mode, scan);
}

/* Characters only go or become a space or "\n", so the result fits in the text's length. */
static Py_ssize_t write_text(int kind, const void *data, Py_ssize_t n, int mode, int trim, long long max_blank,
                             void *out, PyObject *origin) {
    if (kind == PyUnicode_1BYTE_KIND) return write_Py_UCS1(data, n, mode, trim, max_blank, out, origin);
    if (kind == PyUnicode_2BYTE_KIND) return write_Py_UCS2(data, n, mode, trim, max_blank, out, origin);
    return write_Py_UCS4(data, n, mode, trim, max_blank, out, origin);
}

static PyObject *clean(PyObject *Py_UNUSED(self), PyObject *args) {
    PyObject *text, *max_blank_object;
    int screen;
    if (!PyArg_ParseTuple(args, "UO!p:clean", &text, &PyLong_Type, &max_blank_object, &screen)) return NULL;
    int overflow;
    long long max_blank = PyLong_AsLongLongAndOverflow(max_blank_object, &overflow);
    if (max_blank == -1 && PyErr_Occurred()) return NULL;
    if (overflow) max_blank = overflow > 0 ? LLONG_MAX : LLONG_MIN;

    int kind = PyUnicode_KIND(text);
    const void *data = PyUnicode_DATA(text);
    Py_ssize_t n = PyUnicode_GET_LENGTH(text);
    int mode = !screen ? PLAIN : PyUnicode_IS_ASCII(text) ? ASCII : WIDE;
    Scan scan = {0, 0, 0, 0, 0, 0};
    scan_text(kind, data, n, mode, &scan);
    if (scan.needs_python) Py_RETURN_NONE;
    PyObject *unsure = scan.unsure ? Py_True : Py_False;
    if (!scan.changes) return Py_BuildValue("(OOO)", text, Py_None, unsure);

    /* The result's kind is that of its largest character, which can be narrower than the text's
     * (NBSP and zero-width characters go): then it is written at the text's width and narrowed. */
    PyObject *tidied = PyUnicode_New(n, scan.maxchar), *origin = NULL;
    void *buffer = NULL;
    if (tidied == NULL) return NULL;
    if (PyUnicode_KIND(tidied) != kind && (buffer = PyMem_Malloc((size_t)n * kind)) == NULL) {
        PyErr_NoMemory();
        goto fail;
    }
    if (scan.renumber && (origin = PyList_New(0)) == NULL) goto fail;
    void *out = buffer ? buffer : PyUnicode_DATA(tidied);
    Py_ssize_t length = write_text(kind, data, n, mode, scan.trim, max_blank, out, origin);
    if (length < 0) goto fail;
    if (buffer) {
        Py_SETREF(tidied, PyUnicode_FromKindAndData(kind, buffer, length));
        PyMem_Free(buffer);
        buffer = NULL;
        if (tidied == NULL) goto fail;
    } else if (length < n && PyUnicode_Resize(&tidied, length) < 0) {
        goto fail;
    }
    PyObject *result = Py_BuildValue("(NOO)", tidied, origin ? origin : Py_None, unsure);
    Py_XDECREF(origin);
    return result;

fail:
    PyMem_Free(buffer);
    Py_XDECREF(tidied);
    Py_XDECREF(origin);
    return NULL;
}

static PyMethodDef methods[] = {
    {"clean", clean, METH_VARARGS,
     "clean(text, max_blank_lines, screen) -> (text, origin, check_nfc)\n\n"
     "origin: the original 1-based line number of each line of text, or None where lines keep\n"
     "their numbers. With screen, returns None for text that Python must repair first, and\n"
     "check_nfc is True when the text holds characters that might not be NFC (if it is not, the\n"
     "result does not stand: Python repairs the text)."},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef module = {PyModuleDef_HEAD_INIT, "_normalize", NULL, 0, methods, NULL, NULL, NULL, NULL};

PyMODINIT_FUNC PyInit__normalize(void) { return PyModule_Create(&module); }

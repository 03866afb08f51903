/* The language-ID model's hot loop: hashed n-gram and word features of a text, and the per-column
 * sums of the weight rows they select, in one pass without numpy's per-call overhead.
 *
 * It computes exactly what saring/lid/features.py (Featurizer.indices) and LidModel._sums compute:
 * the same symbols, the same polynomial hashes modulo 2**64, the same buckets; the sums are of
 * uint8 weights, so they are exact integers in either path. saring.lid.model falls back to the
 * numpy path when this module is not built; tests/lid/test_features_kernel.py holds them equal.
 */
#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <stdint.h>
#include <string.h>

/* rank() must round as Python does, operation by operation: no fused multiply-add. (GCC does not
 * fuse in ISO C mode, -std=c11, which setup.py asks for; clang honours the pragma.) */
#if defined(__clang__)
#pragma STDC FP_CONTRACT OFF
#endif

#define SPACE 32u
#define LATIN_END 0x250u
#define ORDER_SALT 0x51ED27ull
#define MAX_WIDTH 256
#define BLOCK 256
#define CHUNK 16
#define PREFETCH 32
#define MAX_ORDER 16

static const uint64_t BASE = 0x100000001B3ull;
static const uint64_t MIX = 0x9E3779B97F4A7C15ull;
static const uint64_t WORD_SALT = 0x51ED27ull * 100u;

/* How many times each n-gram order is listed, and the highest. */
typedef struct {
    int times[MAX_ORDER + 1];
    int highest;
    Py_ssize_t count;
} Orders;

/* The symbol of one lower-cased code point: the featurizer's table below LATIN_END, the folded
 * non-Latin symbol above; a lone surrogate is what Python's "replace" error handler makes of it. */
static inline uint32_t symbol_of(Py_UCS4 code, const uint64_t *table) {
    if (code >= 0xD800 && code <= 0xDFFF) {
        code = '?';
    }
    return (uint32_t)table[code < LATIN_END ? code : LATIN_END];
}

/* Appends the symbols of ``length`` code points of type TYPE, dropping a space after a space; without
 * branches on the text (a branch per letter mispredicts at every word boundary). */
#define APPEND_SYMBOLS(TYPE, SYMBOL)                                 \
    for (Py_ssize_t i = 0; i < length; i++) {                        \
        Py_UCS4 code = ((const TYPE *)data)[i];                      \
        uint32_t symbol = (SYMBOL);                                  \
        int keep = symbol != SPACE || previous != SPACE;             \
        previous = symbol;                                           \
        symbols[n] = symbol;                                         \
        n += keep;                                                   \
        space_count += keep & (symbol == SPACE);                     \
        non_latin_count += symbol == LATIN_END;                      \
    }

/* Symbols of ``text``: a space, then its runs of non-space symbols each followed by one space
 * (only the space when there are none). Returns how many; counts spaces and non-Latin symbols. */
static Py_ssize_t make_symbols(PyObject *text, const uint64_t *table, uint32_t *symbols,
                               Py_ssize_t *spaces, Py_ssize_t *non_latin) {
    const void *data = PyUnicode_DATA(text);
    Py_ssize_t length = PyUnicode_GET_LENGTH(text);
    Py_ssize_t n = 1;
    /* The last symbol kept: a dropped one is a space after a space, so it is always the last read. */
    uint32_t previous = SPACE;
    Py_ssize_t space_count = 1, non_latin_count = 0;
    symbols[0] = SPACE;
    switch (PyUnicode_KIND(text)) {
    case PyUnicode_1BYTE_KIND:
        APPEND_SYMBOLS(Py_UCS1, (uint32_t)table[code])
        break;
    case PyUnicode_2BYTE_KIND:
        APPEND_SYMBOLS(Py_UCS2, symbol_of(code, table))
        break;
    default:
        APPEND_SYMBOLS(Py_UCS4, symbol_of(code, table))
        break;
    }
    if (symbols[n - 1] != SPACE) {
        symbols[n++] = SPACE;
        space_count++;
    }
    *spaces = space_count;
    *non_latin = non_latin_count;
    return n;
}

/* Sums the uint8 weight rows ``buckets`` select into ``sums`` (one per column of ``width`` bytes, a
 * multiple of CHUNK), CHUNK columns at a time into 16-bit lanes that are emptied into ``sums`` every
 * BLOCK rows (255 * 256 < 2**16: no lane overflows). The lanes are a local array of constant size,
 * which the compiler keeps in vector registers. */
static void sum_rows(const uint8_t *rows, Py_ssize_t width, const uint32_t *buckets, Py_ssize_t count,
                     uint64_t *sums) {
    for (Py_ssize_t chunk = 0; chunk < width; chunk += CHUNK) {
        for (Py_ssize_t start = 0; start < count; start += BLOCK) {
            Py_ssize_t stop = count - start < BLOCK ? count : start + BLOCK;
            uint16_t lanes[CHUNK] = {0};
            for (Py_ssize_t i = start; i < stop; i++) {
#if defined(__GNUC__)
                /* The rows are scattered over megabytes: ask for one PREFETCH rows ahead. */
                __builtin_prefetch(rows + (size_t)buckets[i + PREFETCH] * (size_t)width + chunk);
#endif
                const uint8_t *row = rows + (size_t)buckets[i] * (size_t)width + chunk;
                for (int column = 0; column < CHUNK; column++) {
                    lanes[column] += row[column];
                }
            }
            for (int column = 0; column < CHUNK; column++) {
                sums[chunk + column] += lanes[column];
            }
        }
    }
}

static inline uint32_t bucket_of(uint64_t hash, int shift) { return (uint32_t)((hash * MIX) >> shift); }

/* Buckets of every character n-gram whose order is in ``orders`` (an order listed twice counts
 * twice, as in features.py); returns how many. n-grams are hashed by Horner's rule, so the hash of
 * order k at a position extends that of order k - 1 by one multiply-add. */
static Py_ssize_t ngram_buckets(const uint32_t *symbols, Py_ssize_t n, const Orders *orders, int shift,
                                uint32_t *buckets) {
    Py_ssize_t count = 0;
    /* Local copies: the compiler cannot know that writing ``buckets`` leaves ``orders`` alone. */
    int times[MAX_ORDER + 1];
    memcpy(times, orders->times, sizeof(times));
    const int highest = orders->highest;
    for (Py_ssize_t i = 0; i < n; i++) {
        uint64_t hash = symbols[i];
        /* Single letters are not salted (features.py copies them as they are). */
        for (int m = 0; m < times[1] && symbols[i] != SPACE; m++) {
            buckets[count++] = bucket_of(hash, shift);
        }
        for (int k = 2; k <= highest && i + k <= n; k++) {
            hash = hash * BASE + symbols[i + k - 1];
            for (int m = 0; m < times[k]; m++) {
                buckets[count++] = bucket_of(hash + (uint64_t)k * ORDER_SALT, shift);
            }
        }
    }
    return count;
}

/* ngram_buckets for the usual orders, 3 and 4, without its inner loops: a third faster. */
static Py_ssize_t trigram_and_fourgram_buckets(const uint32_t *symbols, Py_ssize_t n, int shift,
                                               uint32_t *buckets) {
    Py_ssize_t count = 0;
    const uint64_t salt3 = 3 * ORDER_SALT, salt4 = 4 * ORDER_SALT;
    for (Py_ssize_t i = 0; i + 4 <= n; i++) {
        uint64_t hash = ((uint64_t)symbols[i] * BASE + symbols[i + 1]) * BASE + symbols[i + 2];
        buckets[count++] = bucket_of(hash + salt3, shift);
        buckets[count++] = bucket_of(hash * BASE + symbols[i + 3] + salt4, shift);
    }
    uint64_t last = ((uint64_t)symbols[n - 3] * BASE + symbols[n - 2]) * BASE + symbols[n - 1];
    buckets[count++] = bucket_of(last + salt3, shift);
    return count;
}

/* Buckets of every word with its two bounding spaces (`` kami ``); returns how many. */
static Py_ssize_t word_buckets(const uint32_t *symbols, Py_ssize_t n, int shift, uint32_t *buckets) {
    Py_ssize_t count = 0;
    uint64_t hash = SPACE;
    /* Every symbol writes a bucket; only a word's closing space keeps it (no branch on the text). */
    for (Py_ssize_t i = 1; i < n; i++) {
        int closes = symbols[i] == SPACE;
        hash = hash * BASE + symbols[i];
        buckets[count] = bucket_of(hash + WORD_SALT, shift);
        count += closes;
        hash = closes ? SPACE : hash;
    }
    return count;
}

static PyObject *float_list(const uint64_t *sums, Py_ssize_t width) {
    PyObject *list = PyList_New(width);
    if (list == NULL) {
        return NULL;
    }
    for (Py_ssize_t column = 0; column < width; column++) {
        PyObject *value = PyFloat_FromDouble((double)sums[column]);
        if (value == NULL) {
            Py_DECREF(list);
            return NULL;
        }
        PyList_SET_ITEM(list, column, value);
    }
    return list;
}

static int read_orders(PyObject *sequence, Orders *orders) {
    if (!PyTuple_Check(sequence)) {
        PyErr_SetString(PyExc_TypeError, "orders must be a tuple of ints");
        return -1;
    }
    memset(orders, 0, sizeof(*orders));
    for (Py_ssize_t i = 0; i < PyTuple_GET_SIZE(sequence); i++) {
        long order = PyLong_AsLong(PyTuple_GET_ITEM(sequence, i));
        if (order == -1 && PyErr_Occurred()) {
            return -1;
        }
        if (order < 1 || order > MAX_ORDER) {
            PyErr_SetString(PyExc_ValueError, "n-gram orders must be in 1..16");
            return -1;
        }
        orders->times[order]++;
        orders->highest = order > orders->highest ? (int)order : orders->highest;
        orders->count++;
    }
    return 0;
}

/* The arguments both functions share, checked, with the buffers they hold. */
typedef struct {
    PyObject *text;
    Py_buffer table;
    Py_buffer rows;
    int bits;
    Orders orders;
} Features;

static void release_features(Features *features) {
    PyBuffer_Release(&features->rows);
    PyBuffer_Release(&features->table);
}

/* Reads (text, table, rows, bits, orders); on success the caller releases the buffers. */
static int read_features(PyObject *const *args, Features *features) {
    features->text = args[0];
    if (!PyUnicode_Check(features->text)) {
        PyErr_SetString(PyExc_TypeError, "text must be a str");
        return -1;
    }
#if PY_VERSION_HEX < 0x030C0000
    if (PyUnicode_READY(features->text) < 0) {
        return -1;
    }
#endif
    long bits = PyLong_AsLong(args[3]);
    if (bits == -1 && PyErr_Occurred()) {
        return -1;
    }
    if (bits < 1 || bits > 30) {
        PyErr_SetString(PyExc_ValueError, "bits must be in 1..30");
        return -1;
    }
    features->bits = (int)bits;
    if (read_orders(args[4], &features->orders) < 0) {
        return -1;
    }
    if (PyObject_GetBuffer(args[1], &features->table, PyBUF_C_CONTIGUOUS) < 0) {
        return -1;
    }
    if (PyObject_GetBuffer(args[2], &features->rows, PyBUF_C_CONTIGUOUS | PyBUF_ND) < 0) {
        PyBuffer_Release(&features->table);
        return -1;
    }
    const Py_buffer *rows = &features->rows;
    if (features->table.itemsize != 8 || features->table.len != 8 * (LATIN_END + 1)) {
        PyErr_SetString(PyExc_ValueError, "table must hold 0x251 uint64 symbols");
    } else if (rows->ndim != 2 || rows->itemsize != 1 || rows->shape[0] != ((Py_ssize_t)1 << bits) ||
               rows->shape[1] < CHUNK || rows->shape[1] > MAX_WIDTH || rows->shape[1] % CHUNK != 0) {
        PyErr_SetString(PyExc_ValueError, "rows must be uint8 of shape (2**bits, 16 * k), k = 1..16");
    } else {
        return 0;
    }
    release_features(features);
    return -1;
}

/* Fills ``sums`` (the character n-grams' column sums, then the words') and the two counts.
 * Returns 1, or 0 when the text has no features, or -1 on error. */
static int feature_sums(const Features *features, uint64_t *sums, Py_ssize_t *n_chars, Py_ssize_t *n_words) {
    Py_ssize_t length = PyUnicode_GET_LENGTH(features->text) + 2;
    if ((size_t)length > (PY_SSIZE_T_MAX - PREFETCH) / sizeof(uint32_t) / (size_t)(features->orders.count + 2)) {
        PyErr_NoMemory();
        return -1;
    }
    /* Symbols, then the buckets: at most ``length`` per listed order, ``length`` words, and the
     * PREFETCH zeros that sum_rows reads past the last. */
    uint32_t *symbols =
        PyMem_Malloc(sizeof(uint32_t) * ((size_t)length * (size_t)(features->orders.count + 2) + PREFETCH));
    if (symbols == NULL) {
        PyErr_NoMemory();
        return -1;
    }
    uint32_t *buckets = symbols + length;
    Py_ssize_t spaces, non_latin;
    Py_ssize_t n = make_symbols(features->text, features->table.buf, symbols, &spaces, &non_latin);
    /* No letters, or mostly non-Latin ones: no features (the model knows Latin-script languages only). */
    if (n < 3 || 2 * non_latin > n - spaces) {
        PyMem_Free(symbols);
        return 0;
    }
    int shift = 64 - features->bits;
    const Orders *orders = &features->orders;
    if (orders->count == 2 && orders->times[3] == 1 && orders->times[4] == 1) {
        *n_chars = trigram_and_fourgram_buckets(symbols, n, shift, buckets);
    } else {
        *n_chars = ngram_buckets(symbols, n, orders, shift, buckets);
    }
    *n_words = word_buckets(symbols, n, shift, buckets + *n_chars);
    memset(buckets + *n_chars + *n_words, 0, sizeof(uint32_t) * PREFETCH);
    Py_ssize_t width = features->rows.shape[1];
    const uint8_t *rows = features->rows.buf;
    memset(sums, 0, sizeof(uint64_t) * 2 * (size_t)width);
    sum_rows(rows, width, buckets, *n_chars, sums);
    sum_rows(rows, width, buckets + *n_chars, *n_words, sums + width);
    PyMem_Free(symbols);
    return 1;
}

static PyObject *column_sums(PyObject *module, PyObject *const *args, Py_ssize_t nargs) {
    (void)module;
    if (nargs != 5) {
        PyErr_SetString(PyExc_TypeError, "column_sums(text, table, rows, bits, orders) takes 5 arguments");
        return NULL;
    }
    Features features;
    if (read_features(args, &features) < 0) {
        return NULL;
    }
    uint64_t sums[2 * MAX_WIDTH];
    Py_ssize_t n_chars, n_words, width = features.rows.shape[1];
    int found = feature_sums(&features, sums, &n_chars, &n_words);
    release_features(&features);
    if (found <= 0) {
        return found < 0 ? NULL : Py_NewRef(Py_None);
    }
    PyObject *chars = float_list(sums, width);
    PyObject *words = chars == NULL ? NULL : float_list(sums + width, width);
    if (words == NULL) {
        Py_XDECREF(chars);
        return NULL;
    }
    return Py_BuildValue("(NNnn)", chars, words, n_chars, n_words);
}

/* The first stage's totals and winner, the runoff's winner and the English share, computed with the
 * same double operations in the same order as LidModel's Python (so the same bits). ``constants``
 * holds word_weight, runoff_word_weight, the English flag column (-1: none), then the labels' lows
 * and steps. */
static PyObject *rank(const uint64_t *sums, Py_ssize_t width, Py_ssize_t n_chars, Py_ssize_t n_words,
                      const double *constants, Py_ssize_t labels) {
    const double word_weight = constants[0], runoff = constants[1], english = constants[2];
    const double *low = constants + 3, *step = constants + 3 + labels;
    const uint64_t *chars = sums, *words = sums + width;
    double weight = (double)n_chars + word_weight * (double)n_words;
    double runoff_weight = (double)n_chars + runoff * (double)n_words;
    PyObject *totals = PyList_New(labels);
    if (totals == NULL) {
        return NULL;
    }
    Py_ssize_t best = 0;
    double top = 0.0;
    for (Py_ssize_t label = 0; label < labels; label++) {
        double total = low[label] * weight + step[label] * ((double)chars[label] + word_weight * (double)words[label]);
        if (label == 0 || total > top) {
            top = total;
            best = label;
        }
        PyObject *value = PyFloat_FromDouble(total);
        if (value == NULL) {
            Py_DECREF(totals);
            return NULL;
        }
        PyList_SET_ITEM(totals, label, value);
    }
    Py_ssize_t second = -1;
    for (Py_ssize_t label = 0; label < labels; label++) {
        if (label != best &&
            (second < 0 || PyFloat_AS_DOUBLE(PyList_GET_ITEM(totals, label)) >
                               PyFloat_AS_DOUBLE(PyList_GET_ITEM(totals, second)))) {
            second = label;
        }
    }
    Py_ssize_t winner = best;
    if (second >= 0) {
        double challenger = low[second] * runoff_weight +
                            step[second] * ((double)chars[second] + runoff * (double)words[second]);
        double holder = low[best] * runoff_weight + step[best] * ((double)chars[best] + runoff * (double)words[best]);
        winner = challenger > holder ? second : best;
    }
    double english_share = 1.0;
    if (english >= 0) {
        Py_ssize_t column = (Py_ssize_t)english;
        english_share = ((double)chars[column] + word_weight * (double)words[column]) / weight;
    }
    return Py_BuildValue("(Ndndd)", totals, top, winner, weight, english_share);
}

static PyObject *ranked(PyObject *module, PyObject *const *args, Py_ssize_t nargs) {
    (void)module;
    if (nargs != 6) {
        PyErr_SetString(PyExc_TypeError, "ranked(text, table, rows, bits, orders, constants) takes 6 arguments");
        return NULL;
    }
    Features features;
    if (read_features(args, &features) < 0) {
        return NULL;
    }
    Py_buffer constants;
    if (PyObject_GetBuffer(args[5], &constants, PyBUF_C_CONTIGUOUS) < 0) {
        release_features(&features);
        return NULL;
    }
    PyObject *result = NULL;
    Py_ssize_t width = features.rows.shape[1];
    Py_ssize_t labels = (constants.len / 8 - 3) / 2;
    const double *values = constants.buf;
    if (constants.itemsize != 8 || constants.len < 8 * 5 || (constants.len / 8 - 3) % 2 != 0 ||
        labels > width || values[2] >= (double)width || values[2] < -1.0) {
        PyErr_SetString(PyExc_ValueError, "constants must be float64: word weights, English column, lows, steps");
    } else {
        uint64_t sums[2 * MAX_WIDTH];
        Py_ssize_t n_chars, n_words;
        int found = feature_sums(&features, sums, &n_chars, &n_words);
        if (found > 0) {
            result = rank(sums, width, n_chars, n_words, values, labels);
        } else if (found == 0) {
            result = Py_NewRef(Py_None);
        }
    }
    PyBuffer_Release(&constants);
    release_features(&features);
    return result;
}

static PyMethodDef methods[] = {
    {"column_sums", (PyCFunction)(void (*)(void))column_sums, METH_FASTCALL,
     "column_sums(text, table, rows, bits, orders) -> (chars, words, n_chars, n_words) | None\n\n"
     "Per-column sums of the uint8 weight rows selected by the hashed features of ``text`` (already\n"
     "cut and lower-cased), over the character n-grams and over the words; None without features."},
    {"ranked", (PyCFunction)(void (*)(void))ranked, METH_FASTCALL,
     "ranked(text, table, rows, bits, orders, constants) -> (totals, top, best, weight, english_share) | None\n\n"
     "LidModel's per-label totals, the largest, the label that wins the runoff, the total feature\n"
     "weight and the English share, from the same sums as column_sums; None without features."},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef module = {
    PyModuleDef_HEAD_INIT,
    .m_name = "_features",
    .m_doc = "Hashed language-ID features summed over weight rows.",
    .m_size = 0,
    .m_methods = methods,
};

PyMODINIT_FUNC PyInit__features(void) { return PyModule_Create(&module); }

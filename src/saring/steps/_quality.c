/* The quality step's loops in C: line and paragraph counts, lowercasing, tokenising, stopword counts,
 * symbol runs and word n-gram repetition, and the signal dict made of them (signals).
 *
 * quality.py keeps pure-Python twins (_line_counts, _word_counts) with the same results;
 * tests/steps/test_quality_kernel.py runs both. Words are matched on the lowercased text exactly as
 * quality._WORD does; every comparison of words, lines and n-grams is exact (hashes only pick a
 * slot), so results never depend on a hash. */

#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <stdint.h>
#include <string.h>

/* A stopword table (bytes) is TABLE_SLOTS keys, then TABLE_SLOTS marks, then FILTER_BITS bits. A key is
 * a word of at most KEY_CHARS ASCII characters packed into two 64-bit numbers (see pack), all zero for
 * an empty slot; its mark is 1 for a stopword, 2 + k for the k-th marked stopword (FineWeb-2's). The
 * filter has a stopword's bit (filter_bit) set, so a word whose bit is clear is none without a lookup. */
#define TABLE_SLOTS 1024
#define KEY_CHARS 16
#define FILTER_BITS (32 * 32 * 16)
#define FILTER_OFFSET (TABLE_SLOTS * (KEY_CHARS + 1))
#define TABLE_SIZE (FILTER_OFFSET + FILTER_BITS / 8)
#define MAX_MARKED 62
#define MAX_TEXT ((Py_ssize_t)1 << 31)
#define TOO_LONG "text too long for the quality kernel (2**31 characters or more)"

/* Character classes below U+0250, from quality._WORD ([a-z\u00df-\u024f][a-z0-9\u00df-\u024f-]*) and
 * quality._SYMBOL_RUN; symbols above U+0250 are the ranges in symbol_char. */
enum { FIRST = 1, REST = 2, SYMBOL = 4, CLASSIFIED = 0x250 };

/* The module's state: character classes, and what str.lower makes of each character where the kernel
 * can lower a text itself (fold): lower[c] below CLASSIFIED, and a bit per BMP character it keeps. */
typedef struct {
    unsigned char of[CLASSIFIED];
    Py_UCS2 lower[CLASSIFIED];
    unsigned char caseless[0x10000 / 8];
    int learned; /* lower and caseless are filled (learn_lower) */
} Classes;

static void classify(Classes *classes) {
    memset(classes, 0, sizeof(*classes));
    for (int c = 'a'; c <= 'z'; c++) classes->of[c] = FIRST | REST;
    for (int c = 0xDF; c < CLASSIFIED; c++) classes->of[c] = FIRST | REST;
    for (int c = '0'; c <= '9'; c++) classes->of[c] = REST;
    classes->of['-'] = REST;
    const char *ascii = "$+<=>^`|~";
    for (const char *c = ascii; *c; c++) classes->of[(unsigned char)*c] |= SYMBOL;
    for (int c = 0xA2; c <= 0xA9; c++) classes->of[c] |= SYMBOL;
    for (int c = 0xAE; c <= 0xB1; c++) classes->of[c] |= SYMBOL;
    const int single[] = {0xAC, 0xB4, 0xD7, 0xF7}; /* U+00F7 is a word character too */
    for (size_t k = 0; k < 4; k++) classes->of[single[k]] |= SYMBOL;
}

/* Fills lower and caseless from str.lower itself on every BMP character, so fold agrees with it by
 * construction. str.lower maps one character to one except U+0130 (to two; fold refuses it) and
 * lowers a final sigma by context (Σ changes either way, so it is not caseless). */
static int learn_lower(Classes *classes) {
    PyObject *all = PyUnicode_New(0x10000, 0xFFFF);
    if (all == NULL) return -1;
    for (Py_UCS4 c = 0; c < 0x10000; c++) PyUnicode_WRITE(PyUnicode_2BYTE_KIND, PyUnicode_DATA(all), c, c);
    PyUnicode_WRITE(PyUnicode_2BYTE_KIND, PyUnicode_DATA(all), 0x130, 'x');
    PyObject *lowered = PyObject_CallMethod(all, "lower", NULL);
    Py_DECREF(all);
    if (lowered == NULL) return -1;
    memset(classes->caseless, 0, sizeof(classes->caseless));
    classes->learned = 0;
    if (PyUnicode_GET_LENGTH(lowered) == 0x10000) {
        int kind = PyUnicode_KIND(lowered);
        const void *data = PyUnicode_DATA(lowered);
        for (Py_UCS4 c = 0; c < 0x10000; c++) {
            Py_UCS4 l = PyUnicode_READ(kind, data, c);
            if (c < CLASSIFIED) classes->lower[c] = (Py_UCS2)l;
            if (l == c && c != 0x130) classes->caseless[c / 8] |= (unsigned char)(1 << (c % 8));
        }
        classes->learned = 1;
    }
    Py_DECREF(lowered);
    return 0;
}

/* text.lower() into out (the text's kind, its length) when each character lowers to one the kernel
 * knows: every one below U+0250 but U+0130, and BMP characters str.lower keeps. 0 when it cannot. */
#define FOLD(NAME, CHAR, LIMIT)                                                                 \
    static int NAME(const Classes *classes, const CHAR *data, Py_ssize_t size, CHAR *out) {   \
        for (Py_ssize_t i = 0; i < size; i++) {                                                \
            Py_UCS4 c = data[i];                                                               \
            if (c < CLASSIFIED && c != 0x130) {                                                \
                Py_UCS4 l = classes->lower[c];                                                 \
                if (l > LIMIT) return 0;                                                       \
                out[i] = (CHAR)l;                                                              \
            } else if (c < 0x10000 && (classes->caseless[c / 8] & (1 << (c % 8)))) {          \
                out[i] = (CHAR)c;                                                              \
            } else {                                                                           \
                return 0;                                                                      \
            }                                                                                  \
        }                                                                                      \
        return 1;                                                                              \
    }
FOLD(fold_1, Py_UCS1, 0xFF)
FOLD(fold_2, Py_UCS2, 0xFFFF)

/* A text's lowercase: folded by the kernel into buffer where it can (fold_1, fold_2), else
 * text.lower() in object. */
typedef struct {
    int kind;
    const void *data;
    Py_ssize_t size;
    void *buffer;
    PyObject *object;
} Lowered;

static int lower_text(const Classes *classes, PyObject *text, Lowered *l) {
    int kind = PyUnicode_KIND(text);
    Py_ssize_t size = PyUnicode_GET_LENGTH(text);
    memset(l, 0, sizeof(*l));
    if (classes->learned && kind != PyUnicode_4BYTE_KIND) {
        l->buffer = PyMem_Malloc((size_t)(size ? size : 1) * kind);
        if (l->buffer == NULL) {
            PyErr_NoMemory();
            return -1;
        }
        int folded = kind == PyUnicode_1BYTE_KIND
                         ? fold_1(classes, PyUnicode_DATA(text), size, l->buffer)
                         : fold_2(classes, PyUnicode_DATA(text), size, l->buffer);
        if (folded) {
            *l = (Lowered){kind, l->buffer, size, l->buffer, NULL};
            return 0;
        }
        PyMem_Free(l->buffer);
        l->buffer = NULL;
    }
    l->object = PyObject_CallMethod(text, "lower", NULL);
    if (l->object == NULL) return -1;
    if (!PyUnicode_Check(l->object)) {
        Py_CLEAR(l->object);
        PyErr_SetString(PyExc_TypeError, "lower() did not return a str");
        return -1;
    }
    l->kind = PyUnicode_KIND(l->object);
    l->data = PyUnicode_DATA(l->object);
    l->size = PyUnicode_GET_LENGTH(l->object);
    return 0;
}

static void release_lowered(Lowered *l) {
    PyMem_Free(l->buffer);
    Py_XDECREF(l->object);
}

static PyObject *fold(PyObject *module, PyObject *args) {
    PyObject *text;
    if (!PyArg_ParseTuple(args, "U:fold", &text)) return NULL;
    Lowered l;
    if (lower_text(PyModule_GetState(module), text, &l) < 0) return NULL;
    PyObject *result = l.buffer ? PyUnicode_FromKindAndData(l.kind, l.data, l.size) : Py_NewRef(Py_None);
    release_lowered(&l);
    return result;
}

static inline int symbol_char(const Classes *classes, Py_UCS4 c) {
    if (c < CLASSIFIED) return classes->of[c] & SYMBOL;
    return (c >= 0x2100 && c <= 0x2BFF) || (c >= 0x2E80 && c <= 0x2FFF) || (c >= 0x1F000 && c <= 0x1FAFF);
}

static inline uint64_t mix(uint64_t x) {
    x ^= x >> 33;
    x *= 0xff51afd7ed558ccdULL;
    x ^= x >> 33;
    x *= 0xc4ceb9fe1a85ec53ULL;
    x ^= x >> 33;
    return x;
}

#define HASH_SEED 0xcbf29ce484222325ULL
#define HASH_PRIME 0x100000001b3ULL

/* A word's hash from its bytes, eight at a time (words are short; a per-character chain is slower).
 * Only fixed-size loads, the last ones overlapping, so no byte-wise copy stalls the final load. */
static inline uint32_t bytes_hash(const char *bytes, size_t size) {
    uint64_t h = HASH_SEED ^ size, tail;
    if (size >= 8) {
        const char *last = bytes + size - 8;
        for (; bytes < last; bytes += 8) {
            uint64_t chunk;
            memcpy(&chunk, bytes, 8);
            h = (h ^ chunk) * HASH_PRIME;
            h ^= h >> 29;
        }
        memcpy(&tail, last, 8);
    } else if (size >= 4) {
        uint32_t first4, last4;
        memcpy(&first4, bytes, 4);
        memcpy(&last4, bytes + size - 4, 4);
        tail = ((uint64_t)first4 << 32) | last4;
    } else {
        const unsigned char *u = (const unsigned char *)bytes;
        tail = ((uint64_t)u[0] << 16) | ((uint64_t)u[size / 2] << 8) | u[size - 1];
    }
    return (uint32_t)mix(h ^ tail);
}

/* A word of at most KEY_CHARS characters below U+0100 as two numbers, read by code point so that a
 * word of any string kind packs like the same word in the (one-byte) stopword list. */
static void pack(int kind, const void *data, Py_ssize_t start, Py_ssize_t length, uint64_t key[2]) {
    key[0] = key[1] = 0;
    for (Py_ssize_t i = 0; i < length; i++) {
        key[i / 8] |= (uint64_t)PyUnicode_READ(kind, data, start + i) << (8 * (i % 8));
    }
}

/* A word's filter bit, from its first and last characters and its length (collisions only cost a lookup). */
static inline uint32_t filter_bit(Py_UCS4 first, Py_UCS4 last, uint32_t length) {
    return ((first & 31) << 9) | ((last & 31) << 4) | (length & 15);
}

static size_t key_slot(const uint64_t key[2]) {
    return (size_t)mix(key[0] * HASH_PRIME ^ key[1]) & (TABLE_SLOTS - 1);
}

static PyObject *stopword_table(PyObject *module, PyObject *args) {
    (void)module;
    PyObject *stopwords, *marked;
    if (!PyArg_ParseTuple(args, "OO:stopword_table", &stopwords, &marked)) return NULL;
    PyObject *table = PyBytes_FromStringAndSize(NULL, TABLE_SIZE);
    if (table == NULL) return NULL;
    char *bytes = PyBytes_AS_STRING(table);
    unsigned char *marks = (unsigned char *)bytes + TABLE_SLOTS * KEY_CHARS;
    memset(bytes, 0, TABLE_SIZE);
    PyObject *lists[2] = {stopwords, marked};
    Py_ssize_t stored = 0;
    for (int list = 0; list < 2; list++) {
        PyObject *sequence = PySequence_Fast(lists[list], "stopwords must be a sequence of str");
        if (sequence == NULL) goto fail;
        Py_ssize_t size = PySequence_Fast_GET_SIZE(sequence);
        if (list == 1 && size > MAX_MARKED) {
            Py_DECREF(sequence);
            PyErr_Format(PyExc_ValueError, "at most %d marked stopwords", MAX_MARKED);
            goto fail;
        }
        for (Py_ssize_t k = 0; k < size; k++) {
            PyObject *word = PySequence_Fast_GET_ITEM(sequence, k);
            if (!PyUnicode_Check(word) || !PyUnicode_IS_ASCII(word) || PyUnicode_GET_LENGTH(word) == 0 ||
                PyUnicode_GET_LENGTH(word) > KEY_CHARS ||
                strlen(PyUnicode_DATA(word)) != (size_t)PyUnicode_GET_LENGTH(word)) {
                Py_DECREF(sequence);
                PyErr_Format(PyExc_ValueError, "stopwords must be ASCII str of 1 to %d characters, no NUL",
                             KEY_CHARS);
                goto fail;
            }
            uint64_t key[2], slot_key[2];
            pack(PyUnicode_1BYTE_KIND, PyUnicode_DATA(word), 0, PyUnicode_GET_LENGTH(word), key);
            size_t slot = key_slot(key);
            for (;; slot = (slot + 1) & (TABLE_SLOTS - 1)) {
                memcpy(slot_key, bytes + slot * KEY_CHARS, KEY_CHARS);
                int empty = slot_key[0] == 0 && slot_key[1] == 0;
                if (empty || (slot_key[0] == key[0] && slot_key[1] == key[1])) break;
            }
            if (slot_key[0] == 0 && slot_key[1] == 0) {
                if (++stored > TABLE_SLOTS / 2) {
                    Py_DECREF(sequence);
                    PyErr_SetString(PyExc_ValueError, "too many stopwords for the table");
                    goto fail;
                }
                memcpy(bytes + slot * KEY_CHARS, key, KEY_CHARS);
            }
            marks[slot] = list == 0 ? 1 : (unsigned char)(2 + k);
            const char *chars = PyUnicode_DATA(word);
            uint32_t length = (uint32_t)PyUnicode_GET_LENGTH(word);
            uint32_t bit = filter_bit((unsigned char)chars[0], (unsigned char)chars[length - 1], length);
            bytes[FILTER_OFFSET + bit / 8] |= (char)(1 << (bit % 8));
        }
        Py_DECREF(sequence);
    }
    return table;
fail:
    Py_DECREF(table);
    return NULL;
}

/* The mark of an ASCII word in the stopword table (0 when it is none). Words hold no NUL, so two
 * zero-padded keys are equal exactly when the words are. */
static int stopword_mark(const char *table, int kind, const void *data, uint32_t start, uint32_t length) {
    if (length > KEY_CHARS) return 0;
    uint32_t bit = filter_bit(PyUnicode_READ(kind, data, start), PyUnicode_READ(kind, data, start + length - 1),
                              length);
    if (!(((const unsigned char *)table)[FILTER_OFFSET + bit / 8] & (1 << (bit % 8)))) return 0;
    uint64_t key[2], slot_key[2];
    pack(kind, data, start, length, key);
    for (size_t slot = key_slot(key);; slot = (slot + 1) & (TABLE_SLOTS - 1)) {
        memcpy(slot_key, table + slot * KEY_CHARS, KEY_CHARS);
        if (slot_key[0] == key[0] && slot_key[1] == key[1]) {
            return (unsigned char)table[TABLE_SLOTS * KEY_CHARS + slot];
        }
        if (slot_key[0] == 0 && slot_key[1] == 0) return 0;
    }
}

/* Open addressing from a pair of numbers (or a word's hash) to where it first occurs. A slot is in
 * use when its generation is the current one, so one table serves every n without clearing. */
typedef struct {
    uint32_t a, b, first, generation;
} Slot;

typedef struct {
    Slot *slots;
    uint32_t mask;
} Table;

/* Positions are 32-bit: the kernel refuses texts of 2**31 characters or more (MAX_TEXT). */
typedef struct {
    uint32_t count; /* words */
    uint32_t *start, *length;
    unsigned char *ascii;   /* the word is ASCII (only such words can be stopwords) */
    uint32_t *id;           /* where the word first occurs (its index) */
    uint32_t *chars;        /* chars[i]: characters of the words before i */
    uint32_t *group, *next_group; /* where the n-gram at i first occurs */
    uint32_t *times;        /* later occurrences of the n-gram first at i */
    uint32_t *later;        /* starts of later occurrences, ascending */
    unsigned char *repeats; /* the n-gram at i occurs more than once; the word's stopword mark before */
} Words;

/* All of a text's word arrays in one block: a word is followed by a non-word character or the end,
 * so a text of size characters has at most size / 2 + 1 words. */
static void *allocate_words(Words *w, Py_ssize_t size) {
    size_t n = (size_t)size / 2 + 2;
    memset(w, 0, sizeof(*w));
    uint32_t *block = PyMem_Malloc(n * (8 * sizeof(uint32_t) + 2));
    if (block == NULL) return NULL;
    uint32_t **arrays[] = {&w->start, &w->length, &w->id,    &w->chars,
                           &w->group, &w->next_group, &w->times, &w->later};
    for (size_t k = 0; k < 8; k++) *arrays[k] = block + k * n;
    w->ascii = (unsigned char *)(block + 8 * n);
    w->repeats = w->ascii + n;
    return block;
}

/* Equal runs of bytes; words are short, so a call to memcmp costs more than the comparison. */
static inline int same_bytes(const char *a, const char *b, size_t size) {
    for (; size >= 8; a += 8, b += 8, size -= 8) {
        uint64_t x, y;
        memcpy(&x, a, 8);
        memcpy(&y, b, 8);
        if (x != y) return 0;
    }
    for (; size > 0; a++, b++, size--) {
        if (*a != *b) return 0;
    }
    return 1;
}

/* Word boundaries and ASCII flags of the lowercased text, one loop per string kind. */
#define TOKENISE(NAME, CHAR)                                                                    \
    static void NAME(Words *w, const Classes *classes, const CHAR *data, Py_ssize_t size) {   \
        Py_ssize_t i = 0;                                                                      \
        while (i < size) {                                                                     \
            Py_UCS4 c = data[i];                                                               \
            if (c >= CLASSIFIED || !(classes->of[c] & FIRST)) {                                \
                i++;                                                                           \
                continue;                                                                      \
            }                                                                                  \
            Py_UCS4 high = 0;                                                                  \
            Py_ssize_t j = i;                                                                  \
            while (j < size && (c = data[j]) < CLASSIFIED && (classes->of[c] & REST)) {        \
                high |= c;                                                                     \
                j++;                                                                           \
            }                                                                                  \
            w->start[w->count] = (uint32_t)i;                                                  \
            w->length[w->count] = (uint32_t)(j - i);                                           \
            w->ascii[w->count] = high < 0x80;                                                  \
            w->count++;                                                                        \
            i = j;                                                                             \
        }                                                                                      \
    }
TOKENISE(tokenise_1, Py_UCS1)
TOKENISE(tokenise_2, Py_UCS2)
TOKENISE(tokenise_4, Py_UCS4)

/* In one pass over the text, one loop per string kind: the maximal runs of symbol characters
 * (quality._SYMBOL_RUN's matches), and the symbol "words" Gopher counts, max(text.count("#"),
 * text.count("...") + text.count("…")). "..." counts without overlap: every third dot of a run. */
typedef struct {
    Py_ssize_t runs, words;
} Symbols;

#define SYMBOLS(NAME, CHAR)                                                                     \
    static Symbols NAME(const Classes *classes, const CHAR *data, Py_ssize_t size) {           \
        Py_ssize_t runs = 0, hashes = 0, ellipses = 0;                                         \
        unsigned dots = 0;                                                                     \
        int inside = 0;                                                                        \
        for (Py_ssize_t i = 0; i < size; i++) {                                                \
            Py_UCS4 c = data[i];                                                               \
            int symbol = symbol_char(classes, c) != 0;                                         \
            runs += symbol & !inside;                                                          \
            inside = symbol;                                                                   \
            hashes += c == '#';                                                                \
            dots = c == '.' ? dots + 1 : 0;                                                    \
            ellipses += (c == 0x2026) + (dots == 3);                                           \
            dots = dots == 3 ? 0 : dots;                                                       \
        }                                                                                      \
        return (Symbols){runs, hashes > ellipses ? hashes : ellipses};                         \
    }
SYMBOLS(symbols_1, Py_UCS1)
SYMBOLS(symbols_2, Py_UCS2)
SYMBOLS(symbols_4, Py_UCS4)

static Symbols symbols(const Classes *classes, PyObject *text) {
    const void *data = PyUnicode_DATA(text);
    Py_ssize_t size = PyUnicode_GET_LENGTH(text);
    switch (PyUnicode_KIND(text)) {
        case PyUnicode_1BYTE_KIND:
            return symbols_1(classes, data, size);
        case PyUnicode_2BYTE_KIND:
            return symbols_2(classes, data, size);
        default:
            return symbols_4(classes, data, size);
    }
}

/* Word ids, exact: two words get the same id only when their characters are equal. Returns the
 * stopword count and sets the marked (FineWeb-2) stopwords seen as bits of *marked. */
static Py_ssize_t intern_words(Words *w, Table *t, int kind, const void *data, const char *stopwords,
                               uint64_t *marked) {
    Py_ssize_t stopword_count = 0;
    unsigned char *marks = w->repeats; /* free until the n-grams start */
    const char *bytes = data;
    *marked = 0;
    w->chars[0] = 0;
    for (uint32_t i = 0; i < w->count; i++) {
        uint32_t start = w->start[i], length = w->length[i];
        uint32_t h = bytes_hash(bytes + (size_t)start * kind, (size_t)length * kind);
        w->chars[i + 1] = w->chars[i] + length;
        uint32_t slot = h & t->mask, id = i;
        while (t->slots[slot].generation == 1) {
            uint32_t other = t->slots[slot].first;
            if (t->slots[slot].a == h && w->length[other] == length &&
                same_bytes(bytes + (size_t)start * kind, bytes + (size_t)w->start[other] * kind,
                           (size_t)length * kind)) {
                id = other;
                break;
            }
            slot = (slot + 1) & t->mask;
        }
        if (id == i) {
            t->slots[slot] = (Slot){h, 0, i, 1};
            marks[i] = w->ascii[i] ? (unsigned char)stopword_mark(stopwords, kind, data, start, length) : 0;
        }
        w->id[i] = id;
        int mark = marks[id];
        if (mark) stopword_count++;
        if (mark >= 2) *marked |= (uint64_t)1 << (mark - 2);
    }
    return stopword_count;
}

/* Group the n-grams that can repeat by where they first occur, and list the later occurrences.
 * For n = 2 every bigram; beyond, an n-gram at i can only repeat where the (n-1)-grams at i and
 * i + 1 both do, and it is the pair (where its (n-1)-word prefix first occurs, its last word). */
static uint32_t group_ngrams(Words *w, Table *t, uint32_t n, uint32_t generation) {
    uint32_t later = 0;
    for (uint32_t i = 0; i + n <= w->count; i++) {
        uint32_t a;
        if (n == 2) {
            a = w->id[i];
        } else if (w->repeats[i] && w->repeats[i + 1]) {
            a = w->group[i];
        } else {
            /* Few words repeat beyond bigrams: skip eight at a time where none does. */
            uint64_t eight;
            if (i % 8 == 7 && i + 9 <= w->count) {
                memcpy(&eight, w->repeats + i + 1, 8);
                if (eight == 0) i += 8;
            }
            continue;
        }
        uint32_t b = w->id[i + n - 1];
        uint32_t slot = (uint32_t)mix(((uint64_t)a << 32) | b) & t->mask;
        while (t->slots[slot].generation == generation && !(t->slots[slot].a == a && t->slots[slot].b == b)) {
            slot = (slot + 1) & t->mask;
        }
        if (t->slots[slot].generation != generation) t->slots[slot] = (Slot){a, b, i, generation};
        w->next_group[i] = t->slots[slot].first;
        if (t->slots[slot].first != i) w->later[later++] = i;
    }
    uint32_t *swap = w->group;
    w->group = w->next_group;
    w->next_group = swap;
    memset(w->repeats, 0, (size_t)w->count + 1);
    for (uint32_t k = 0; k < later; k++) {
        w->repeats[w->later[k]] = 1;
        w->repeats[w->group[w->later[k]]] = 1;
    }
    return later;
}

/* Times the most frequent n-gram occurs, times its characters (with the n - 1 spaces between its
 * words); the earliest first occurrence among equally frequent n-grams. */
static Py_ssize_t top_numerator(Words *w, uint32_t n, uint32_t later) {
    for (uint32_t k = 0; k < later; k++) w->times[w->group[w->later[k]]] = 0;
    uint32_t most = 0, where = 0;
    for (uint32_t k = 0; k < later; k++) {
        uint32_t first = w->group[w->later[k]];
        uint32_t times = ++w->times[first];
        if (times > most || (times == most && first < where)) {
            most = times;
            where = first;
        }
    }
    return ((Py_ssize_t)most + 1) * ((Py_ssize_t)w->chars[where + n] - w->chars[where] + n - 1);
}

/* Characters of the words covered by a later occurrence of an n-gram, each word once. */
static Py_ssize_t covered_chars(Words *w, uint32_t n, uint32_t later) {
    Py_ssize_t covered = 0;
    uint32_t reach = 0;
    for (uint32_t k = 0; k < later; k++) {
        uint32_t start = w->later[k];
        uint32_t from = start > reach ? start : reach;
        if (start + n > from) covered += w->chars[start + n] - w->chars[from];
        if (start + n > reach) reach = start + n;
    }
    return covered;
}

/* A text's word counts, and its symbol runs and symbol words (Symbols); top[k] and dup[k] are for
 * n = k + 2, the first ngrams of them filled (they stop where nothing repeats). The caller frees top
 * (dup lies in the same block). */
typedef struct {
    Py_ssize_t words, word_chars, stopwords, ind_stopwords, symbol_runs, symbol_words, ngrams;
    Py_ssize_t *top, *dup;
} WordCounts;

static int count_words(const Classes *classes, PyObject *text, const Lowered *lowered,
                       const Py_buffer *stopwords, Py_ssize_t longest, WordCounts *counts) {
    int kind = lowered->kind;
    const void *data = lowered->data;
    Py_ssize_t size = lowered->size;
    Words w;
    void *block = NULL;
    Table t = {NULL, 0};
    int status = -1;
    memset(counts, 0, sizeof(*counts));
    if (stopwords->len != TABLE_SIZE) {
        PyErr_SetString(PyExc_ValueError, "not a stopword table (use stopword_table)");
        return -1;
    }
    if (size >= MAX_TEXT) {
        PyErr_SetString(PyExc_ValueError, TOO_LONG);
        return -1;
    }
    size_t slots_for_n = longest > 1 ? (size_t)longest : 1;
    counts->top = PyMem_New(Py_ssize_t, slots_for_n * 2);
    block = allocate_words(&w, size);
    if (counts->top == NULL || block == NULL) {
        PyErr_NoMemory();
        goto done;
    }
    counts->dup = counts->top + slots_for_n;
    if (kind == PyUnicode_1BYTE_KIND) {
        tokenise_1(&w, classes, data, size);
    } else if (kind == PyUnicode_2BYTE_KIND) {
        tokenise_2(&w, classes, data, size);
    } else {
        tokenise_4(&w, classes, data, size);
    }
    uint32_t slots = 16;
    while (slots < w.count * 2) slots *= 2;
    t.slots = PyMem_Calloc(slots, sizeof(Slot));
    t.mask = slots - 1;
    if (t.slots == NULL) {
        PyErr_NoMemory();
        goto done;
    }
    uint64_t marked;
    counts->stopwords = intern_words(&w, &t, kind, data, (const char *)stopwords->buf, &marked);
    for (uint32_t n = 2; n <= longest && n <= w.count; n++) {
        uint32_t later = group_ngrams(&w, &t, n, n);
        if (later == 0) break;
        counts->top[counts->ngrams] = top_numerator(&w, n, later);
        counts->dup[counts->ngrams] = covered_chars(&w, n, later);
        counts->ngrams++;
    }
    for (; marked; marked &= marked - 1) counts->ind_stopwords++;
    counts->words = w.count;
    counts->word_chars = w.chars[w.count];
    Symbols found = symbols(classes, text);
    counts->symbol_runs = found.runs;
    counts->symbol_words = found.words;
    status = 0;
done:
    PyMem_Free(block);
    PyMem_Free(t.slots);
    if (status < 0) {
        PyMem_Free(counts->top);
        counts->top = NULL;
    }
    return status;
}

static PyObject *list_of(const Py_ssize_t *values, Py_ssize_t size) {
    PyObject *list = PyList_New(size);
    for (Py_ssize_t k = 0; list != NULL && k < size; k++) {
        PyObject *value = PyLong_FromSsize_t(values[k]);
        if (value == NULL) Py_CLEAR(list);
        else PyList_SET_ITEM(list, k, value);
    }
    return list;
}

static PyObject *word_counts(PyObject *module, PyObject *args) {
    PyObject *text, *lowered, *result = NULL;
    Py_buffer stopwords;
    Py_ssize_t longest;
    WordCounts c;
    if (!PyArg_ParseTuple(args, "UUy*n:word_counts", &text, &lowered, &stopwords, &longest)) return NULL;
    Lowered l = {PyUnicode_KIND(lowered), PyUnicode_DATA(lowered), PyUnicode_GET_LENGTH(lowered), NULL, NULL};
    if (count_words(PyModule_GetState(module), text, &l, &stopwords, longest, &c) == 0) {
        PyObject *tops = list_of(c.top, c.ngrams), *dups = list_of(c.dup, c.ngrams);
        if (tops != NULL && dups != NULL) {
            result = Py_BuildValue("nnnnnOO", c.words, c.word_chars, c.stopwords, c.ind_stopwords,
                                   c.symbol_runs, tops, dups);
        }
        Py_XDECREF(tops);
        Py_XDECREF(dups);
        PyMem_Free(c.top);
    }
    PyBuffer_Release(&stopwords);
    return result;
}

/* Where the next newline at or after from is (size when there is none). */
static Py_ssize_t next_newline(int kind, const void *data, Py_ssize_t from, Py_ssize_t size) {
    if (kind == PyUnicode_1BYTE_KIND) {
        const char *found = memchr((const char *)data + from, '\n', (size_t)(size - from));
        return found ? found - (const char *)data : size;
    }
    if (kind == PyUnicode_2BYTE_KIND) {
        /* Skip four characters at a time while none is a newline (a lane of x is zero where one is;
         * the zero-lane test is exact), then find it one by one. */
        const Py_UCS2 *chars = data;
        const uint64_t ones = 0x0001000100010001ULL, highs = 0x8000800080008000ULL;
        for (; from + 4 <= size; from += 4) {
            uint64_t x;
            memcpy(&x, chars + from, 8);
            x ^= ones * '\n';
            if ((x - ones) & ~x & highs) break;
        }
        while (from < size && chars[from] != '\n') from++;
        return from;
    }
    const Py_UCS4 *chars = data;
    while (from < size && chars[from] != '\n') from++;
    return from;
}

typedef struct {
    uint32_t start, length;
} Span;

/* The spans equal to an earlier span: how many, and (in *chars) their characters. */
static Py_ssize_t duplicate_spans(const Span *spans, Py_ssize_t count, Table *t, uint32_t generation,
                                  int kind, const char *bytes, Py_ssize_t *chars) {
    Py_ssize_t duplicates = 0;
    *chars = 0;
    for (Py_ssize_t k = 0; k < count; k++) {
        uint32_t start = spans[k].start, length = spans[k].length;
        uint32_t h = bytes_hash(bytes + (size_t)start * kind, (size_t)length * kind);
        uint32_t slot = h & t->mask;
        int seen = 0;
        for (; t->slots[slot].generation == generation; slot = (slot + 1) & t->mask) {
            if (t->slots[slot].a == h && t->slots[slot].b == length &&
                same_bytes(bytes + (size_t)start * kind, bytes + (size_t)t->slots[slot].first * kind,
                           (size_t)length * kind)) {
                seen = 1;
                break;
            }
        }
        if (seen) {
            duplicates++;
            *chars += length;
        } else {
            t->slots[slot] = (Slot){h, length, start, generation};
        }
    }
    return duplicates;
}

/* The first character at or after from that str.strip would keep (end when there is none). */
static Py_ssize_t skip_space(int kind, const void *data, Py_ssize_t from, Py_ssize_t end) {
    while (from < end && Py_UNICODE_ISSPACE(PyUnicode_READ(kind, data, from))) from++;
    return from;
}

static int line_end_punctuation(Py_UCS4 c) {
    return c == '.' || c == '!' || c == '?' || c == '"' || c == '\'' || c == 0x201D || c == 0x2019 ||
           c == 0x2026;
}

static int bullet(Py_UCS4 c) {
    return c == 0x2022 || c == '-' || c == '*' || c == 0xB7 || c == 0x25AA || c == 0x25BA || c == 0x2023 ||
           c == 0x25E6 || c == 0x2013;
}

/* A text's line counts over non-blank lines (quality._LineCounts), and its newlines. */
typedef struct {
    Py_ssize_t lines, duplicated_lines, duplicated_line_chars, paragraphs, duplicated_paragraphs;
    Py_ssize_t punctuated, short_lines, bulleted, ellipsis, newlines;
} LineCounts;

static int count_lines(PyObject *text, Py_ssize_t short_length, LineCounts *counts) {
    int kind = PyUnicode_KIND(text);
    const void *data = PyUnicode_DATA(text);
    Py_ssize_t size = PyUnicode_GET_LENGTH(text);
    memset(counts, 0, sizeof(*counts));
    if (size >= MAX_TEXT) {
        PyErr_SetString(PyExc_ValueError, TOO_LONG);
        return -1;
    }
    Py_ssize_t segments = 1;
    for (Py_ssize_t i = 0; (i = next_newline(kind, data, i, size)) < size; i++) segments++;
    Span *lines = PyMem_New(Span, (size_t)segments * 2);
    uint32_t slots = 16;
    while (slots < segments * 2) slots *= 2;
    Table t = {PyMem_Calloc(slots, sizeof(Slot)), slots - 1};
    if (lines == NULL || t.slots == NULL) {
        PyMem_Free(lines);
        PyMem_Free(t.slots);
        PyErr_NoMemory();
        return -1;
    }
    Span *paragraphs = lines + segments;
    Py_ssize_t line_count = 0, paragraph_count = 0;
    for (Py_ssize_t start = 0, paragraph = 0; start <= size;) {
        Py_ssize_t end = next_newline(kind, data, start, size);
        Py_ssize_t first = skip_space(kind, data, start, end);
        if (first < end) {
            Py_ssize_t last = end - 1;
            while (Py_UNICODE_ISSPACE(PyUnicode_READ(kind, data, last))) last--;
            Py_UCS4 c = PyUnicode_READ(kind, data, last);
            lines[line_count++] = (Span){(uint32_t)start, (uint32_t)(end - start)};
            counts->punctuated += line_end_punctuation(c);
            counts->short_lines += end - start <= short_length;
            counts->bulleted += bullet(PyUnicode_READ(kind, data, first));
            int dots = last - first >= 2 && c == '.' && PyUnicode_READ(kind, data, last - 1) == '.' &&
                       PyUnicode_READ(kind, data, last - 2) == '.';
            counts->ellipsis += c == 0x2026 || dots;
        }
        /* str.split("\n\n"): a paragraph ends at two newlines, found left to right and not overlapping. */
        int separator = end >= paragraph && end + 1 < size && PyUnicode_READ(kind, data, end + 1) == '\n';
        if (end >= size || separator) {
            if (skip_space(kind, data, paragraph, end) < end) {
                paragraphs[paragraph_count++] = (Span){(uint32_t)paragraph, (uint32_t)(end - paragraph)};
            }
            paragraph = end + 2;
        }
        start = end + 1;
    }
    const char *bytes = data;
    Py_ssize_t duplicated_paragraph_chars;
    counts->lines = line_count;
    counts->paragraphs = paragraph_count;
    counts->newlines = segments - 1;
    counts->duplicated_lines =
        duplicate_spans(lines, line_count, &t, 1, kind, bytes, &counts->duplicated_line_chars);
    counts->duplicated_paragraphs =
        duplicate_spans(paragraphs, paragraph_count, &t, 2, kind, bytes, &duplicated_paragraph_chars);
    PyMem_Free(lines);
    PyMem_Free(t.slots);
    return 0;
}

static PyObject *line_counts(PyObject *module, PyObject *args) {
    (void)module;
    PyObject *text;
    Py_ssize_t short_length;
    LineCounts c;
    if (!PyArg_ParseTuple(args, "Un:line_counts", &text, &short_length)) return NULL;
    if (count_lines(text, short_length, &c) < 0) return NULL;
    return Py_BuildValue("nnnnnnnnn", c.lines, c.duplicated_lines, c.duplicated_line_chars, c.paragraphs,
                         c.duplicated_paragraphs, c.punctuated, c.short_lines, c.bulleted, c.ellipsis);
}

/* Sets dict[keys[*next]] = value (stolen) and moves to the next key. */
static int put(PyObject *dict, PyObject *keys, Py_ssize_t *next, PyObject *value) {
    if (value == NULL) return -1;
    int status = PyDict_SetItem(dict, PyTuple_GET_ITEM(keys, *next), value);
    Py_DECREF(value);
    (*next)++;
    return status;
}

static PyObject *ratio(Py_ssize_t numerator, Py_ssize_t denominator) {
    return PyFloat_FromDouble((double)numerator / (double)denominator);
}

static inline Py_ssize_t at_least_one(Py_ssize_t value) {
    return value > 1 ? value : 1;
}

/* The n-gram fractions for the n in ns (a tuple of int): values[n - 2] / length where counted, else 0. */
static int put_ngrams(PyObject *dict, PyObject *keys, Py_ssize_t *next, PyObject *ns, const Py_ssize_t *values,
                      Py_ssize_t counted, Py_ssize_t length) {
    for (Py_ssize_t k = 0; k < PyTuple_GET_SIZE(ns); k++) {
        Py_ssize_t n = PyLong_AsSsize_t(PyTuple_GET_ITEM(ns, k));
        if (n == -1 && PyErr_Occurred()) return -1;
        PyObject *value = 2 <= n && n < counted + 2 ? ratio(values[n - 2], length) : PyFloat_FromDouble(0.0);
        if (put(dict, keys, next, value) < 0) return -1;
    }
    return 0;
}

/* quality.Quality.signals in one call: the same dict, keys in the order of keys. */
static PyObject *signals(PyObject *module, PyObject *args) {
    PyObject *text, *top_ns, *dup_ns, *keys;
    Py_buffer stopwords;
    Py_ssize_t short_length, longest;
    if (!PyArg_ParseTuple(args, "Uy*nnO!O!O!:signals", &text, &stopwords, &short_length, &longest,
                          &PyTuple_Type, &top_ns, &PyTuple_Type, &dup_ns, &PyTuple_Type, &keys)) {
        return NULL;
    }
    const Classes *classes = PyModule_GetState(module);
    LineCounts l;
    WordCounts w = {0};
    Lowered lowered = {0};
    PyObject *dict = NULL;
    if (PyTuple_GET_SIZE(keys) != 17 + PyTuple_GET_SIZE(top_ns) + PyTuple_GET_SIZE(dup_ns)) {
        PyErr_SetString(PyExc_ValueError, "one key per signal");
        goto done;
    }
    if (count_lines(text, short_length, &l) < 0 || lower_text(classes, text, &lowered) < 0 ||
        count_words(classes, text, &lowered, &stopwords, longest, &w) < 0) {
        goto done;
    }
    dict = PyDict_New();
    if (dict == NULL) goto done;
    Py_ssize_t length = at_least_one(PyUnicode_GET_LENGTH(text)), lines = at_least_one(l.lines);
    Py_ssize_t per_word = at_least_one(w.words), next = 0;
    if (put(dict, keys, &next, PyLong_FromSsize_t(l.lines)) < 0 ||
        put(dict, keys, &next, ratio(l.duplicated_lines, lines)) < 0 ||
        put(dict, keys, &next, ratio(l.duplicated_paragraphs, at_least_one(l.paragraphs))) < 0 ||
        put(dict, keys, &next, ratio(l.duplicated_line_chars, length)) < 0 ||
        put(dict, keys, &next, ratio(l.duplicated_line_chars, at_least_one(length - l.newlines))) < 0 ||
        put(dict, keys, &next, l.lines > 1 ? ratio(l.punctuated, lines) : Py_NewRef(Py_None)) < 0 || put(dict, keys, &next, ratio(l.short_lines, lines)) < 0 ||
        put(dict, keys, &next, ratio(l.bulleted, lines)) < 0 ||
        put(dict, keys, &next, ratio(l.ellipsis, lines)) < 0 ||
        put(dict, keys, &next, PyLong_FromSsize_t(w.words)) < 0 ||
        put(dict, keys, &next, ratio(w.word_chars, per_word)) < 0 ||
        put(dict, keys, &next, ratio(w.symbol_words, per_word)) < 0 ||
        put(dict, keys, &next, ratio(w.words, at_least_one(w.words + w.symbol_runs))) < 0 ||
        put(dict, keys, &next, ratio(l.newlines, per_word)) < 0 ||
        put(dict, keys, &next, PyLong_FromSsize_t(w.stopwords)) < 0 ||
        put(dict, keys, &next, ratio(w.stopwords, per_word)) < 0 ||
        put(dict, keys, &next, PyLong_FromSsize_t(w.ind_stopwords)) < 0 ||
        put_ngrams(dict, keys, &next, top_ns, w.top, w.ngrams, length) < 0 ||
        put_ngrams(dict, keys, &next, dup_ns, w.dup, w.ngrams, length) < 0) {
        Py_CLEAR(dict);
    }
done:
    PyBuffer_Release(&stopwords);
    PyMem_Free(w.top);
    release_lowered(&lowered);
    return dict;
}

static PyMethodDef methods[] = {
    {"stopword_table", stopword_table, METH_VARARGS,
     "stopword_table(stopwords, marked) -> bytes: the table word_counts looks words up in."},
    {"line_counts", line_counts, METH_VARARGS,
     "line_counts(text, short) -> (lines, duplicated_lines, duplicated_line_chars, paragraphs,\n"
     "duplicated_paragraphs, punctuated, short, bulleted, ellipsis) over non-blank lines."},
    {"word_counts", word_counts, METH_VARARGS,
     "word_counts(text, lowered, table, longest) -> (words, word_chars, stopwords, marked_stopwords,\n"
     "symbol_runs, top, dup): top[k] is the most frequent (k+2)-gram's count times its characters,\n"
     "dup[k] the characters of words in a repeated (k+2)-gram; both stop where nothing repeats."},
    {"signals", signals, METH_VARARGS,
     "signals(text, table, short, longest, top_ngrams, duplicated_ngrams, keys) -> dict:\n"
     "quality.Quality.signals, keys in the order given."},
    {"fold", fold, METH_VARARGS,
     "fold(text) -> str | None: text.lower() as the kernel computes it itself, None where it calls lower()."},
    {NULL, NULL, 0, NULL},
};

/* The module's state is its character classes and case table, filled once at import and only read after. */
static struct PyModuleDef module = {
    PyModuleDef_HEAD_INIT,
    .m_name = "_quality",
    .m_doc = "The quality step's loops.",
    .m_size = sizeof(Classes),
    .m_methods = methods,
};

PyMODINIT_FUNC PyInit__quality(void) {
    PyObject *created = PyModule_Create(&module);
    if (created == NULL) return NULL;
    classify(PyModule_GetState(created));
    if (learn_lower(PyModule_GetState(created)) < 0) Py_CLEAR(created);
    return created;
}

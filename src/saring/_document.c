/* Cutting spans out of a line for Document.edit, and the pieces a line keeps for the news step.

Every step that cuts spans pays document._cut_line once per cut line: a sort, a few slices, strips and a
join, ~2 µs in Python for a long line with two spans. The same string operations here cost a fraction of
that; the Removal objects are still made by calling the Removal class. Semantics are Python's exactly:
slices clamp as Python's do (negative indices count from the end), and stripping uses Py_UNICODE_ISSPACE,
which str.strip() uses. A span whose start or end is not a plain int makes the function answer None
before it changes anything, and the caller runs its Python path. tests/test_document_kernel.py compares
both paths under hypothesis.
*/
#define PY_SSIZE_T_CLEAN
#include <Python.h>

typedef struct {
    PyObject *start; /* interned attribute names of Span */
    PyObject *end;
    PyObject *reason;
} State;

typedef struct {
    Py_ssize_t start;
    Py_ssize_t end;
    PyObject *reason; /* a new reference, or NULL when not asked for */
} Bounds;

/* A slice index as Python's slicing normalises it for a string of ``size`` characters. */
static Py_ssize_t clamp(Py_ssize_t index, Py_ssize_t size) {
    if (index < 0) {
        index += size;
        if (index < 0) {
            index = 0;
        }
    }
    return index > size ? size : index;
}

/* Narrow [*from, *to) of ``line`` to its stripped part. */
static void strip(PyObject *line, Py_ssize_t *from, Py_ssize_t *to) {
    int kind = PyUnicode_KIND(line);
    const void *data = PyUnicode_DATA(line);
    while (*from < *to && Py_UNICODE_ISSPACE(PyUnicode_READ(kind, data, *from))) {
        (*from)++;
    }
    while (*to > *from && Py_UNICODE_ISSPACE(PyUnicode_READ(kind, data, *to - 1))) {
        (*to)--;
    }
}

/* An attribute that must be a plain int (bool included) within Py_ssize_t: 1 read, 0 not such an int,
-1 error. */
static int read_index(PyObject *span, PyObject *name, Py_ssize_t *value) {
    PyObject *number = PyObject_GetAttr(span, name);
    if (number == NULL) {
        return -1;
    }
    int plain = PyLong_CheckExact(number) || PyBool_Check(number);
    if (plain) {
        *value = PyLong_AsSsize_t(number);
        if (*value == -1 && PyErr_Occurred()) {
            if (!PyErr_ExceptionMatches(PyExc_OverflowError)) {
                Py_DECREF(number);
                return -1;
            }
            PyErr_Clear();
            plain = 0;
        }
    }
    Py_DECREF(number);
    return plain;
}

static void release(Bounds *bounds, Py_ssize_t count) {
    for (Py_ssize_t k = 0; k < count; k++) {
        Py_XDECREF(bounds[k].reason);
    }
}

/* The spans' bounds (and reasons when ``reasons``) in a stable sort by start: 1 read, 0 a span that is not
plain (see read_index), -1 error. */
static int read_spans(State *state, PyObject *spans, Bounds *bounds, Py_ssize_t count, int reasons) {
    for (Py_ssize_t k = 0; k < count; k++) {
        PyObject *span = PySequence_Fast_GET_ITEM(spans, k);
        bounds[k].reason = NULL;
        int plain = read_index(span, state->start, &bounds[k].start);
        if (plain > 0) {
            plain = read_index(span, state->end, &bounds[k].end);
        }
        if (plain > 0 && reasons) {
            bounds[k].reason = PyObject_GetAttr(span, state->reason);
            plain = bounds[k].reason == NULL ? -1 : 1;
        }
        if (plain <= 0) {
            release(bounds, k + 1);
            return plain;
        }
    }
    for (Py_ssize_t k = 1; k < count; k++) { /* insertion sort: stable, and lines have few spans */
        Bounds moving = bounds[k];
        Py_ssize_t j = k;
        while (j > 0 && bounds[j - 1].start > moving.start) {
            bounds[j] = bounds[j - 1];
            j--;
        }
        bounds[j] = moving;
    }
    return 1;
}

/* " ".join of the non-empty stripped pieces [from[k], to[k]) of ``line``. */
static PyObject *join_pieces(PyObject *line, Py_ssize_t *from, Py_ssize_t *to, Py_ssize_t count) {
    PyObject *kept = PyList_New(0);
    if (kept == NULL) {
        return NULL;
    }
    for (Py_ssize_t k = 0; k < count; k++) {
        strip(line, &from[k], &to[k]);
        if (from[k] == to[k]) {
            continue;
        }
        PyObject *piece = PyUnicode_Substring(line, from[k], to[k]);
        if (piece == NULL || PyList_Append(kept, piece) < 0) {
            Py_XDECREF(piece);
            Py_DECREF(kept);
            return NULL;
        }
        Py_DECREF(piece);
    }
    PyObject *space = PyUnicode_FromOrdinal(' ');
    PyObject *joined = space == NULL ? NULL : PyUnicode_Join(space, kept);
    Py_XDECREF(space);
    Py_DECREF(kept);
    return joined;
}

/* Append Removal(number, stripped line[from:to], reason, step, True) to removals when it keeps text. */
static int record(PyObject *removals, PyObject *removal, PyObject *line, Py_ssize_t from, Py_ssize_t to,
                  PyObject *number, PyObject *reason, PyObject *step) {
    strip(line, &from, &to);
    if (from == to) {
        return 0;
    }
    PyObject *text = PyUnicode_Substring(line, from, to);
    if (text == NULL) {
        return -1;
    }
    PyObject *args[5] = {number, text, reason, step, Py_True};
    PyObject *made = PyObject_Vectorcall(removal, args, 5, NULL);
    Py_DECREF(text);
    if (made == NULL) {
        return -1;
    }
    int failed = PyList_Append(removals, made);
    Py_DECREF(made);
    return failed;
}

/* The work of cut_line once the spans are read (sorted; bounds[0] is the one span when count is 1). */
static PyObject *cut(PyObject *removals, PyObject *line, PyObject *number, Bounds *bounds, Py_ssize_t count,
                     PyObject *step, PyObject *removal) {
    Py_ssize_t size = PyUnicode_GET_LENGTH(line);
    if (count == 1) { /* document._cut_line's unrolled case */
        Py_ssize_t start = bounds[0].start > 0 ? bounds[0].start : 0, end = bounds[0].end;
        if (end <= start) {
            return Py_NewRef(line);
        }
        start = clamp(start, size);
        end = clamp(end, size);
        if (record(removals, removal, line, start, end, number, bounds[0].reason, step) < 0) {
            return NULL;
        }
        Py_ssize_t from[2] = {0, end}, to[2] = {start, size};
        return join_pieces(line, from, to, 2);
    }
    Py_ssize_t *from = PyMem_New(Py_ssize_t, count + 1), *to = PyMem_New(Py_ssize_t, count + 1);
    if (from == NULL || to == NULL) {
        PyMem_Free(from);
        PyMem_Free(to);
        return PyErr_NoMemory();
    }
    Py_ssize_t pieces = 0, position = 0;
    PyObject *result = NULL;
    for (Py_ssize_t k = 0; k < count; k++) {
        Py_ssize_t start = bounds[k].start < position ? position : bounds[k].start, end = bounds[k].end;
        if (end <= start) {
            continue;
        }
        if (record(removals, removal, line, clamp(start, size), clamp(end, size), number, bounds[k].reason,
                   step) < 0) {
            goto done;
        }
        from[pieces] = clamp(position, size);
        to[pieces++] = clamp(start, size);
        position = end;
    }
    if (pieces == 0) { /* one piece: the whole line, unstripped */
        result = Py_NewRef(line);
        goto done;
    }
    from[pieces] = clamp(position, size);
    to[pieces++] = size;
    result = join_pieces(line, from, to, pieces);
done:
    PyMem_Free(from);
    PyMem_Free(to);
    return result;
}

/* cut_line(removals, line, number, spans, step, removal) -> str | None: document._cut_line, with the
Removal class passed in; None (nothing recorded) when a span's start or end is not a plain int. */
static PyObject *cut_line(PyObject *module, PyObject *const *args, Py_ssize_t nargs) {
    if (nargs != 6 || !PyList_Check(args[0]) || !PyUnicode_Check(args[1])) {
        PyErr_SetString(PyExc_TypeError, "cut_line(removals, line, number, spans, step, removal)");
        return NULL;
    }
    PyObject *spans = PySequence_Fast(args[3], "cut_line() needs a sequence of spans");
    if (spans == NULL) {
        return NULL;
    }
    Py_ssize_t count = PySequence_Fast_GET_SIZE(spans);
    if (count == 0) {
        Py_DECREF(spans);
        return Py_NewRef(args[1]);
    }
    Bounds *bounds = PyMem_New(Bounds, count);
    if (bounds == NULL) {
        Py_DECREF(spans);
        return PyErr_NoMemory();
    }
    PyObject *result = NULL;
    int read = read_spans(PyModule_GetState(module), spans, bounds, count, 1);
    if (read == 0) {
        result = Py_NewRef(Py_None);
    } else if (read > 0) {
        result = cut(args[0], args[1], args[2], bounds, count, args[4], args[5]);
        release(bounds, count);
    }
    PyMem_Free(bounds);
    Py_DECREF(spans);
    return result;
}

/* pieces(line, spans) -> list | None: news._pieces, the non-empty stripped pieces of ``line`` between its
spans; None when a span's start or end is not a plain int. */
static PyObject *pieces(PyObject *module, PyObject *const *args, Py_ssize_t nargs) {
    if (nargs != 2 || !PyUnicode_Check(args[0])) {
        PyErr_SetString(PyExc_TypeError, "pieces(line, spans)");
        return NULL;
    }
    PyObject *line = args[0];
    PyObject *spans = PySequence_Fast(args[1], "pieces() needs a sequence of spans");
    if (spans == NULL) {
        return NULL;
    }
    Py_ssize_t count = PySequence_Fast_GET_SIZE(spans), size = PyUnicode_GET_LENGTH(line);
    Bounds *bounds = PyMem_New(Bounds, count + 1);
    Py_ssize_t *from = PyMem_New(Py_ssize_t, count + 1), *to = PyMem_New(Py_ssize_t, count + 1);
    PyObject *result = NULL;
    if (bounds == NULL || from == NULL || to == NULL) {
        PyErr_NoMemory();
        goto done;
    }
    int read = read_spans(PyModule_GetState(module), spans, bounds, count, 0);
    if (read <= 0) {
        result = read == 0 ? Py_NewRef(Py_None) : NULL;
        goto done;
    }
    Py_ssize_t position = 0;
    if (count == 1) { /* news._pieces' unrolled case */
        from[0] = 0;
        to[0] = clamp(bounds[0].start, size);
        position = bounds[0].end > 0 ? bounds[0].end : 0;
    } else {
        for (Py_ssize_t k = 0; k < count; k++) {
            from[k] = clamp(position, size);
            to[k] = clamp(bounds[k].start, size);
            if (bounds[k].end > position) {
                position = bounds[k].end;
            }
        }
    }
    Py_ssize_t last = count == 1 ? 1 : count;
    from[last] = clamp(position, size);
    to[last] = size;
    result = PyList_New(0);
    for (Py_ssize_t k = 0; result != NULL && k <= last; k++) {
        strip(line, &from[k], &to[k]);
        if (from[k] >= to[k]) { /* empty: a slice whose start is past its end is empty too */
            continue;
        }
        PyObject *piece = PyUnicode_Substring(line, from[k], to[k]);
        if (piece == NULL || PyList_Append(result, piece) < 0) {
            Py_XDECREF(piece);
            Py_CLEAR(result);
        } else {
            Py_DECREF(piece);
        }
    }
done:
    PyMem_Free(bounds);
    PyMem_Free(from);
    PyMem_Free(to);
    Py_DECREF(spans);
    return result;
}

static int exec_module(PyObject *module) {
    State *state = PyModule_GetState(module);
    state->start = PyUnicode_InternFromString("start");
    state->end = PyUnicode_InternFromString("end");
    state->reason = PyUnicode_InternFromString("reason");
    return state->start == NULL || state->end == NULL || state->reason == NULL ? -1 : 0;
}

static int traverse(PyObject *module, visitproc visit, void *arg) {
    State *state = PyModule_GetState(module);
    Py_VISIT(state->start);
    Py_VISIT(state->end);
    Py_VISIT(state->reason);
    return 0;
}

static int clear(PyObject *module) {
    State *state = PyModule_GetState(module);
    Py_CLEAR(state->start);
    Py_CLEAR(state->end);
    Py_CLEAR(state->reason);
    return 0;
}

static void free_module(void *module) {
    clear((PyObject *)module);
}

static PyMethodDef methods[] = {
    {"cut_line", (PyCFunction)(void (*)(void))cut_line, METH_FASTCALL,
     "document._cut_line: what is left of a line once its spans are cut; each cut is recorded."},
    {"pieces", (PyCFunction)(void (*)(void))pieces, METH_FASTCALL,
     "news._pieces: the non-empty stripped pieces of a line between its spans."},
    {NULL, NULL, 0, NULL},
};

static PyModuleDef_Slot slots[] = {
    {Py_mod_exec, exec_module},
    {0, NULL},
};

static struct PyModuleDef module = {
    PyModuleDef_HEAD_INIT, "_document", "Cutting spans out of lines.", sizeof(State), methods, slots,
    traverse, clear, free_module,
};

PyMODINIT_FUNC PyInit__document(void) {
    return PyModuleDef_Init(&module);
}

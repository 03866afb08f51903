/* The pii step's digit-run finder in C: the spans pii._RUN.finditer(text) gives, without the
 * regex engine's attempt at every digit of a text full of dates and amounts.
 *
 * pii.py keeps a pure-Python path with the same results; tests/steps/test_pii_kernel.py runs both.
 *
 * runs(text) -> [(start, end)]: the non-overlapping matches, left to right, of \d[\d .-]{5,}\d,
 * where \d is a Unicode decimal digit (as in a str regex). At a digit the regex takes the whole
 * run of digits, spaces, dots and dashes after it, then backs off to the last digit at least six
 * characters on; if there is none, no later start inside that run can do better. */

#define PY_SSIZE_T_CLEAN
#include <Python.h>

static inline int is_digit(Py_UCS4 c) { return c < 0x80 ? (c >= '0' && c <= '9') : Py_UNICODE_ISDECIMAL(c); }
static inline int is_run(Py_UCS4 c) { return c == ' ' || c == '.' || c == '-' || is_digit(c); }

static int append_span(PyObject *spans, Py_ssize_t start, Py_ssize_t end) {
    PyObject *span = Py_BuildValue("(nn)", start, end);
    if (span == NULL) return -1;
    int status = PyList_Append(spans, span);
    Py_DECREF(span);
    return status;
}

static PyObject *runs(PyObject *module, PyObject *arg) {
    (void)module;
    if (!PyUnicode_Check(arg)) {
        PyErr_SetString(PyExc_TypeError, "runs() takes a str");
        return NULL;
    }
    int kind = PyUnicode_KIND(arg);
    const void *data = PyUnicode_DATA(arg);
    Py_ssize_t n = PyUnicode_GET_LENGTH(arg);
    PyObject *spans = PyList_New(0);
    if (spans == NULL) return NULL;
    Py_ssize_t i = 0;
    while (i < n) {
        if (!is_digit(PyUnicode_READ(kind, data, i))) {
            i++;
            continue;
        }
        Py_ssize_t end = i + 1, last = -1;
        while (end < n) {
            Py_UCS4 c = PyUnicode_READ(kind, data, end);
            if (!is_run(c)) break;
            if (end >= i + 6 && is_digit(c)) last = end;
            end++;
        }
        if (last < 0) {
            i = end;
            continue;
        }
        if (append_span(spans, i, last + 1) < 0) {
            Py_DECREF(spans);
            return NULL;
        }
        i = last + 1;
    }
    return spans;
}

static PyMethodDef methods[] = {
    {"runs", runs, METH_O, "Spans of pii._RUN's matches in a text, left to right."},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef module = {PyModuleDef_HEAD_INIT, "_pii", "The pii step's digit-run finder.", 0, methods,
                                    NULL, NULL, NULL, NULL};

PyMODINIT_FUNC PyInit__pii(void) { return PyModule_Create(&module); }

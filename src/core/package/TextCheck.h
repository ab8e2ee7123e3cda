#pragma once

// Internal to PipelinePackage: the checks a pipeline text passes before it is parsed (UTF-16,
// NUL bytes, well-formed UTF-8, only white space), fed in chunks so a file can be checked
// without holding it whole. Feeding everything at once gives the same answers.

#include <QByteArray>
#include <QtGlobal>

namespace kfp {

class TextCheck
{
public:
    enum class Problem
    {
        None,
        Utf16,       // starts with a UTF-16 byte order mark
        Nul,         // holds a NUL byte (reported before invalid UTF-8, wherever each is)
        InvalidUtf8, // a byte that is not part of a well-formed UTF-8 sequence
    };

    // The next bytes of the text, in order.
    void feed(const char *data, qsizetype size);
    // The end of the text: a UTF-8 sequence cut by it is invalid.
    void finish();

    // A NUL makes further feeding pointless (nothing outranks it but UTF-16 at the start).
    bool decided() const { return m_problem == Problem::Utf16 || m_nulOffset >= 0; }

    Problem problem() const;
    qsizetype offset() const; // of the problem's byte
    int line() const;         // 1-based, of the problem's byte
    bool hasUtf8Bom() const { return m_bom; }
    // Nothing but spaces, tabs and line breaks (after a UTF-8 byte order mark).
    bool isBlank() const { return m_blank; }

private:
    void process(const char *data, qsizetype size);
    void scan(const uchar *s, qsizetype n, qsizetype base, bool final);
    int lineOf(const uchar *chunk, qsizetype index) const;

    Problem m_problem = Problem::None; // Utf16 only; the others come from the offsets
    qsizetype m_total = 0;             // bytes fed so far
    int m_linesBefore = 0;             // '\n' in the bytes fed before the current chunk
    QByteArray m_head;                 // the first bytes, until there are three
    bool m_headDone = false;
    QByteArray m_pending; // a UTF-8 sequence cut by the end of the last chunk
    qsizetype m_nulOffset = -1;
    int m_nulLine = 0;
    qsizetype m_utf8Offset = -1;
    int m_utf8Line = 0;
    bool m_bom = false;
    bool m_blank = true;
};

} // namespace kfp

#include "TextCheck.h"

#include <cstring>

namespace kfp {

namespace {

bool isBlankByte(uchar c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

} // namespace

// The line of chunk[index], chunk being the bytes fed from offset m_total on.
int TextCheck::lineOf(const uchar *chunk, qsizetype index) const
{
    int line = m_linesBefore + 1;
    for (qsizetype i = 0; i < index; ++i) {
        if (chunk[i] == '\n')
            ++line;
    }
    return line;
}

namespace {

// The length of the well-formed UTF-8 sequence at s[0] (n bytes available), 0 when it is
// malformed, -1 when n bytes are too few to tell.
int sequenceLength(const uchar *s, qsizetype n)
{
    const uchar c = s[0];
    if (c < 0x80)
        return 1;
    int extra = 0;
    uint cp = 0;
    uint min = 0;
    if ((c & 0xE0) == 0xC0) {
        extra = 1;
        cp = c & 0x1F;
        min = 0x80;
    } else if ((c & 0xF0) == 0xE0) {
        extra = 2;
        cp = c & 0x0F;
        min = 0x800;
    } else if ((c & 0xF8) == 0xF0) {
        extra = 3;
        cp = c & 0x07;
        min = 0x10000;
    } else {
        return 0;
    }
    for (int k = 1; k <= extra; ++k) {
        if (k >= n)
            return -1;
        if ((s[k] & 0xC0) != 0x80)
            return 0;
        cp = (cp << 6) | (s[k] & 0x3F);
    }
    if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
        return 0;
    return extra + 1;
}

} // namespace

// Looks for the first malformed UTF-8 sequence of s, whose first byte is at offset base of the
// text; a sequence cut by the end of s waits in m_pending for the next chunk.
void TextCheck::scan(const uchar *s, qsizetype n, qsizetype base, bool final)
{
    qsizetype i = 0;
    while (i < n) {
        if (s[i] < 0x80) {
            ++i;
            continue;
        }
        const int len = sequenceLength(s + i, n - i);
        if (len < 0 && !final) {
            m_pending = QByteArray(reinterpret_cast<const char *>(s + i), n - i);
            return;
        }
        if (len <= 0) {
            m_utf8Offset = base + i;
            const qsizetype inChunk = base - m_total; // s starts that far into the chunk
            m_utf8Line = lineOf(s - inChunk, inChunk + i);
            return;
        }
        i += len;
    }
}

void TextCheck::feed(const char *data, qsizetype size)
{
    if (!m_headDone && size > 0) {
        // The first three bytes are looked at together (byte order marks), however fed.
        const qsizetype take = qMin(size, 3 - m_head.size());
        m_head.append(data, take);
        data += take;
        size -= take;
        if (m_head.size() < 3)
            return;
        m_headDone = true;
        process(m_head.constData(), m_head.size());
    }
    process(data, size);
}

void TextCheck::process(const char *data, qsizetype size)
{
    if (decided() || size <= 0)
        return;
    const auto *s = reinterpret_cast<const uchar *>(data);
    qsizetype start = 0;
    if (m_total == 0) {
        if (size >= 2 && ((s[0] == 0xFF && s[1] == 0xFE) || (s[0] == 0xFE && s[1] == 0xFF))) {
            m_problem = Problem::Utf16;
            return;
        }
        if (size >= 3 && s[0] == 0xEF && s[1] == 0xBB && s[2] == 0xBF) {
            m_bom = true;
            start = 3;
        }
    }
    const void *nul = std::memchr(s, 0, size_t(size));
    if (nul) {
        const qsizetype at = static_cast<const uchar *>(nul) - s;
        m_nulOffset = m_total + at;
        m_nulLine = lineOf(s, at);
        return;
    }
    for (qsizetype i = start; i < size && m_blank; ++i)
        m_blank = isBlankByte(s[i]);
    if (m_utf8Offset < 0 && !m_pending.isEmpty()) {
        // The sequence cut by the last chunk's end, completed by this chunk's first bytes.
        const QByteArray head = m_pending + QByteArray(data, qMin(size, qsizetype(3)));
        const qsizetype base = m_total - m_pending.size();
        const int len =
            sequenceLength(reinterpret_cast<const uchar *>(head.constData()), head.size());
        if (len < 0) {
            m_pending = head; // a tiny chunk: still cut
            start = size;
        } else if (len == 0) {
            m_pending.clear();
            m_utf8Offset = base;
            m_utf8Line = m_linesBefore + 1; // a line break would have been ASCII: same line
        } else {
            start = len - m_pending.size();
            m_pending.clear();
        }
    }
    if (m_utf8Offset < 0 && start < size)
        scan(s + start, size - start, m_total + start, false);
    for (qsizetype i = 0; i < size; ++i) {
        if (s[i] == '\n')
            ++m_linesBefore;
    }
    m_total += size;
}

void TextCheck::finish()
{
    if (!m_headDone) {
        m_headDone = true;
        process(m_head.constData(), m_head.size());
    }
    if (decided() || m_pending.isEmpty() || m_utf8Offset >= 0)
        return;
    // A sequence cut by the end of the text.
    m_utf8Offset = m_total - m_pending.size();
    m_utf8Line = m_linesBefore + 1;
    m_pending.clear();
}

TextCheck::Problem TextCheck::problem() const
{
    if (m_problem == Problem::Utf16)
        return m_problem;
    if (m_nulOffset >= 0)
        return Problem::Nul;
    if (m_utf8Offset >= 0)
        return Problem::InvalidUtf8;
    return Problem::None;
}

qsizetype TextCheck::offset() const
{
    return m_nulOffset >= 0 ? m_nulOffset : m_utf8Offset;
}

int TextCheck::line() const
{
    return m_nulOffset >= 0 ? m_nulLine : m_utf8Line;
}

} // namespace kfp

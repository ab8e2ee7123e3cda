// ApiError::fromHttp on anything a server, a proxy or a gateway may answer.
// Input: 2 bytes HTTP status (0..999), 1 byte choosing the Content-Type (or, past the list, the
// Content-Type taken from the next line), then the body.

#include "FuzzInput.h"

#include "net/ApiError.h"

#include <cstdlib>

using namespace kfp;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz::FuzzInput in(data, size);
    const int status = in.integer<uint16_t>() % 1000;
    static const QByteArray kTypes[] = {"application/json", "application/json; charset=utf-8",
                                        "text/html; charset=utf-8", "text/plain", ""};
    const uint8_t pick = in.byte();
    const QByteArray contentType = pick < std::size(kTypes) ? kTypes[pick] : in.line();
    const QByteArray body = in.rest();

    const ApiError error = ApiError::fromHttp(status, body, contentType);
    // Whatever came back, the user gets a sentence.
    if (error.isError() && error.userMessage().isEmpty())
        std::abort();
    (void)error.fullMessage();
    (void)error.details();
    // An HTTP error answer is never "maybe carried out", except a gateway's 502/504. (ApiJob
    // only reads error bodies of statuses >= 400; a 2xx body it cannot read is InvalidResponse.)
    if (status >= 400 && error.outcomeUnknown() && status != 502 && status != 504)
        std::abort();
    return 0;
}

// The Dex/gateway classification of a reply and the structural reading of Dex's HTML pages.
// Input: 2 bytes status, 1 flag byte (bit 0: transport error, bit 1: token mode), then lines:
// Content-Type, request URL path, Location, WWW-Authenticate, one Set-Cookie name; the rest is
// the body (an HTML page, JSON, or anything).

#include "FuzzInput.h"

#include "net/ReplyClassifier.h"

#include <cstdlib>

using namespace kfp;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz::FuzzInput in(data, size);
    ReplyFacts facts;
    facts.status = in.integer<uint16_t>() % 1000;
    const uint8_t flags = in.byte();
    facts.transportError = flags & 1;
    facts.contentType = in.line();
    facts.baseUrl = QUrl(QStringLiteral("https://kubeflow.example.com/pipeline"));
    facts.url = facts.baseUrl.resolved(QUrl(in.textLine()));
    const QByteArray location = in.line();
    if (!location.isEmpty())
        facts.location = facts.url.resolved(QUrl(QString::fromUtf8(location)));
    facts.wwwAuthenticate = in.line();
    if (const QByteArray cookie = in.line(); !cookie.isEmpty())
        facts.setCookies.append(cookie);
    facts.body = in.rest();

    const ReplyClassifier::Signal signal = ReplyClassifier::classify(facts);
    if (!ReplyClassifier::name(signal))
        std::abort();
    (void)ReplyClassifier::isSessionGone(signal, flags & 2);
    (void)ReplyClassifier::isHtml(facts);

    // The form reading DexLogin does on every Dex page.
    const QUrl page = facts.location.isValid() ? facts.location : facts.url;
    for (const DexHtml::Connector &c : DexHtml::connectors(facts.body, page))
        (void)c.url.toString();
    (void)DexHtml::formAction(facts.body, page);
    (void)DexHtml::hiddenInput(facts.body, QStringLiteral("req"));
    (void)DexHtml::loginError(facts.body);
    (void)DexHtml::usernamePrompt(facts.body);
    (void)DexHtml::errorMessage(facts.body);
    (void)DexHtml::decodeEntities(QString::fromUtf8(facts.body));
    return 0;
}

// ApiError: every error body shape, HTML, truncated JSON, network errors.

#include "net/ApiError.h"

#include <QtTest>

using namespace kfp;
using Kind = ApiError::Kind;

class TstApiError final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void grpcGatewayV2()
    {
        const QByteArray body =
            "{\"code\":5,\"message\":\"Failed to get run: InternalServerError: run abc not found: "
            "NotFoundError\",\"details\":[{\"@type\":\"type.googleapis.com/"
            "google.rpc.Status\",\"code\":5,\"message\":\"Run abc not found\"}]}";
        const ApiError e = ApiError::fromHttp(404, body, "application/json");
        QCOMPARE(e.kind(), Kind::NotFound);
        QCOMPARE(e.rpcCode(), 5);
        QCOMPARE(e.httpStatus(), 404);
        QCOMPARE(e.serverMessage(), QStringLiteral("Run abc not found"));
        QVERIFY(e.details().contains(QStringLiteral("NotFoundError")));
        QVERIFY(e.userMessage().contains(QStringLiteral("Run abc not found")));
        QVERIFY(e.fullMessage().contains(QStringLiteral("Run abc not found")));
    }

    void grpcGatewayV116()
    {
        const QByteArray body = "{\"error\":\"Invalid input: name is "
                                "empty\",\"code\":3,\"message\":\"Invalid input: name is "
                                "empty\",\"details\":[{\"@type\":\"type.googleapis.com/"
                                "google.rpc.Status\",\"code\":3,\"message\":\"name is empty\"}]}";
        const ApiError e = ApiError::fromHttp(400, body, "application/json");
        QCOMPARE(e.kind(), Kind::InvalidArgument);
        QCOMPARE(e.serverMessage(), QStringLiteral("name is empty"));
        QCOMPARE(e.userMessage(), ApiError::tr("The server refused the request: %1")
                                      .arg(QStringLiteral("name is empty")));
        // No details: fall back to message, then error.
        const ApiError bare =
            ApiError::fromHttp(500, "{\"error\":\"boom\",\"code\":13}", "application/json");
        QCOMPARE(bare.kind(), Kind::ServerError);
        QCOMPARE(bare.serverMessage(), QStringLiteral("boom"));
    }

    void kfp185()
    {
        const QByteArray body = "{\"error\":\"Failed to create experiment: Already exist "
                                "error\",\"code\":6,\"message\":\"Failed to create "
                                "experiment\",\"details\":[{\"@type\":\"type.googleapis.com/"
                                "api.Error\",\"error_message\":\"Experiment with name 'x' already "
                                "exists\",\"error_details\":\"internal chain\"}]}";
        const ApiError e = ApiError::fromHttp(409, body, "application/json");
        QCOMPARE(e.kind(), Kind::Conflict);
        QCOMPARE(e.serverMessage(), QStringLiteral("Experiment with name 'x' already exists"));
        QVERIFY(e.details().contains(QStringLiteral("internal chain")));
        QVERIFY(e.userMessage().contains(QStringLiteral("already exists")));
    }

    void uploadShape()
    {
        const QByteArray body = "{\"error_message\":\"Failed to upload pipeline: Unexpected "
                                "pipeline file format\",\"error_details\":\"Failed to upload "
                                "pipeline: InvalidInputError: Unexpected pipeline file format\"}";
        const ApiError e = ApiError::fromHttp(400, body, "application/json");
        QCOMPARE(e.kind(), Kind::InvalidArgument);
        QCOMPARE(e.serverMessage(),
                 QStringLiteral("Failed to upload pipeline: Unexpected pipeline file format"));
        QVERIFY(e.details().contains(QStringLiteral("InvalidInputError")));
        QCOMPARE(ApiError::fromHttp(409, body, "application/json").kind(), Kind::Conflict);
    }

    void rpcCodeRefinesGenericStatus()
    {
        QCOMPARE(ApiError::fromHttp(400, "{\"code\":7,\"message\":\"denied\"}", {}).kind(),
                 Kind::Forbidden);
        QCOMPARE(ApiError::fromHttp(422, "{\"code\":5,\"message\":\"x\"}", {}).kind(),
                 Kind::NotFound);
        QCOMPARE(ApiError::fromHttp(429, "slow down", {}).kind(), Kind::ClientError);
        QCOMPARE(ApiError::fromHttp(401, "{}", {}).kind(), Kind::Unauthorized);
        QCOMPARE(ApiError::fromHttp(403, "{}", {}).kind(), Kind::Forbidden);
        QCOMPARE(ApiError::fromHttp(503, "", {}).kind(), Kind::ServerError);
        QVERIFY(ApiError::fromHttp(429, "", {}).userMessage().contains(QStringLiteral("429")));
    }

    void htmlAndMalformed()
    {
        const ApiError html = ApiError::fromHttp(
            403, "<!DOCTYPE html><html><title>Sign in</title></html>", "text/html; charset=utf-8");
        QCOMPARE(html.kind(), Kind::Forbidden);
        QVERIFY(html.isHtml());
        QCOMPARE(html.serverMessage(), QStringLiteral("Sign in")); // the page's text, for Details
        QVERIFY(!html.userMessage().contains(QStringLiteral("Sign in")));
        const ApiError sniffed = ApiError::fromHttp(500, "  <html>oops</html>", "application/json");
        QVERIFY(sniffed.isHtml());
        const ApiError truncated =
            ApiError::fromHttp(500, "{\"code\":13,\"message\":\"tru", "application/json");
        QCOMPARE(truncated.kind(), Kind::ServerError);
        QVERIFY(!truncated.isHtml());
        QCOMPARE(truncated.serverMessage(), QStringLiteral("{\"code\":13,\"message\":\"tru"));
        const ApiError plain = ApiError::fromHttp(404, "Not Found\n", "text/plain");
        QCOMPARE(plain.kind(), Kind::NotFound);
        QCOMPARE(plain.serverMessage(), QStringLiteral("Not Found"));
        ApiError invalid(Kind::InvalidResponse);
        invalid.setHtml(true);
        QVERIFY(invalid.userMessage() != ApiError(Kind::InvalidResponse).userMessage());
    }

    // A text or HTML body keeps the server's own words in serverMessage(), stripped of markup;
    // the headline stays the translated sentence.
    void textBodies_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("contentType");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("serverMessage");
        QTest::addColumn<int>("kind");
        QTest::newRow("text/plain 409")
            << 409 << QByteArray("text/plain; charset=utf-8")
            << QByteArray("An experiment with the same name already exists\n")
            << QStringLiteral("An experiment with the same name already exists")
            << int(Kind::Conflict);
        QTest::newRow("text/plain 500, lines collapsed")
            << 500 << QByteArray("text/plain")
            << QByteArray("  upstream   connect error\r\n\tor disconnect/reset  \n")
            << QStringLiteral("upstream connect error or disconnect/reset")
            << int(Kind::ServerError);
        QTest::newRow("html 404")
            << 404 << QByteArray("text/html")
            << QByteArray("<!DOCTYPE html>\n<html><head><title>Error</title>"
                          "<style>p { color: red; }</style><script>var a = 1 < 2;</script></head>"
                          "<body><!-- note --><h1>Not&nbsp;found</h1>\n  <p>An experiment with "
                          "the same name already exists &amp; &lt;x&gt; &#39;y&#x27; &quot;z&quot;"
                          "</p></body></html>")
            << QStringLiteral("Error Not found An experiment with the same name already exists & "
                              "<x> 'y' \"z\"")
            << int(Kind::NotFound);
        QTest::newRow("html sniffed, unknown entity kept")
            << 409 << QByteArray() << QByteArray("<p>a &bogus; b&#0;c</p>")
            << QStringLiteral("a &bogus; b&#0;c") << int(Kind::Conflict);
    }
    void textBodies()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, contentType);
        QFETCH(QByteArray, body);
        QFETCH(QString, serverMessage);
        QFETCH(int, kind);
        const ApiError e = ApiError::fromHttp(status, body, contentType);
        QCOMPARE(int(e.kind()), kind);
        QCOMPARE(e.serverMessage(), serverMessage);
        QVERIFY(!e.userMessage().isEmpty());
        QVERIFY(e.fullMessage().contains(serverMessage));
        if (e.isHtml()) {
            // The headline is the translated sentence of the status, never the page's text.
            QCOMPARE(e.userMessage(), ApiError(ApiError::Kind(kind)).userMessage());
        }
    }

    void longTextIsBounded()
    {
        const QByteArray body = "<html><body>" + QByteArray(3000, 'x') + "</body></html>";
        const ApiError e = ApiError::fromHttp(500, body, "text/html");
        QCOMPARE(e.serverMessage().size(), 501); // 500 characters and an ellipsis
        QVERIFY(e.serverMessage().endsWith(QStringLiteral("…")));
    }

    void network_data()
    {
        QTest::addColumn<int>("error");
        QTest::addColumn<int>("kind");
        QTest::newRow("refused") << int(QNetworkReply::ConnectionRefusedError)
                                 << int(Kind::Network);
        QTest::newRow("host") << int(QNetworkReply::HostNotFoundError) << int(Kind::Network);
        QTest::newRow("closed") << int(QNetworkReply::RemoteHostClosedError) << int(Kind::Network);
        QTest::newRow("ssl") << int(QNetworkReply::SslHandshakeFailedError) << int(Kind::Network);
        QTest::newRow("timeout") << int(QNetworkReply::TimeoutError) << int(Kind::Timeout);
        QTest::newRow("canceled") << int(QNetworkReply::OperationCanceledError)
                                  << int(Kind::Canceled);
        QTest::newRow("temp") << int(QNetworkReply::TemporaryNetworkFailureError)
                              << int(Kind::Network);
        QTest::newRow("404") << int(QNetworkReply::ContentNotFoundError) << int(Kind::NotFound);
    }

    void network()
    {
        QFETCH(int, error);
        QFETCH(int, kind);
        const ApiError e =
            ApiError::fromNetwork(QNetworkReply::NetworkError(error), QStringLiteral("qt says"));
        QCOMPARE(int(e.kind()), kind);
        QCOMPARE(e.serverMessage(), QStringLiteral("qt says"));
        QVERIFY(e.isError());
        QVERIFY(!e.userMessage().isEmpty());
        QVERIFY(!e.userMessage().contains(QStringLiteral("qt says")));
        QVERIFY(e.fullMessage().contains(QStringLiteral("qt says")));
    }

    void distinctNetworkSentences()
    {
        QSet<QString> sentences;
        for (auto err :
             {QNetworkReply::ConnectionRefusedError, QNetworkReply::HostNotFoundError,
              QNetworkReply::RemoteHostClosedError, QNetworkReply::SslHandshakeFailedError,
              QNetworkReply::TemporaryNetworkFailureError})
            sentences.insert(ApiError::fromNetwork(err, {}).userMessage());
        QCOMPARE(sentences.size(), 5);
        QVERIFY(!ApiError().isError());
        QVERIFY(ApiError().userMessage().isEmpty());
    }

    // Whether a failed create may have been carried out all the same.
    void outcomeUnknown_data()
    {
        QTest::addColumn<ApiError>("error");
        QTest::addColumn<bool>("unknown");
        QTest::newRow("our timeout") << ApiError(Kind::Timeout) << true;
        QTest::newRow("reset") << ApiError::fromNetwork(QNetworkReply::RemoteHostClosedError, {})
                               << true;
        QTest::newRow("not resent")
            << ApiError::fromNetwork(QNetworkReply::ContentReSendError, {}) << true;
        QTest::newRow("refused") << ApiError::fromNetwork(QNetworkReply::ConnectionRefusedError, {})
                                 << false;
        QTest::newRow("no such host")
            << ApiError::fromNetwork(QNetworkReply::HostNotFoundError, {}) << false;
        QTest::newRow("unreadable 200") << ApiError(Kind::InvalidResponse, {}, 200) << true;
        ApiError html(Kind::InvalidResponse, {}, 200);
        html.setHtml(true);
        QTest::newRow("login page") << html << false;
        QTest::newRow("502") << ApiError::fromHttp(502, {}, {}) << true;
        QTest::newRow("504") << ApiError::fromHttp(504, {}, {}) << true;
        // Found by fuzz_api_error: a 408 is the server saying it never got the whole request.
        QTest::newRow("408") << ApiError::fromHttp(408, {}, {}) << false;
        QTest::newRow("503") << ApiError::fromHttp(503, {}, {}) << false;
        QTest::newRow("500") << ApiError::fromHttp(500, {}, {}) << false;
        QTest::newRow("409") << ApiError::fromHttp(409, {}, {}) << false;
        QTest::newRow("canceled") << ApiError(Kind::Canceled) << false;
    }
    void outcomeUnknown()
    {
        QFETCH(ApiError, error);
        QFETCH(bool, unknown);
        QCOMPARE(error.outcomeUnknown(), unknown);
    }
};

QTEST_GUILESS_MAIN(TstApiError)
#include "tst_apierror.moc"

// PipelinePackage::Detail::Summary, the reading an upload and `kfpctl package inspect` use: it
// builds only the parts of a pipeline a preview shows, and reads a YAML file as a stream. It
// must tell exactly what the full reading tells: on every sample of tests/data/package (as
// files and as bytes, as YAML and JSON), on files padded past the 1 MiB chunks the check reads,
// and on every broken input of the error suite. TextCheck, fed in chunks of any size, must
// find what it finds in one piece.

#include "PackageTestUtil.h"
#include "package/PipelinePackage.h"
#include "package/TextCheck.h"
#include "package/YamlToJson.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QtTest>

using namespace kfp;
using namespace kfp::test;

namespace {

QStringList sampleNames()
{
    return QDir(QStringLiteral(KFP_TEST_DATA_DIR "/package"))
        .entryList({QStringLiteral("*.yaml"), QStringLiteral("*.yml"), QStringLiteral("*.json")},
                   QDir::Files, QDir::Name);
}

// Everything the two readings must agree on, as text for a readable QCOMPARE.
QByteArray fingerprint(const PipelinePackage &p)
{
    QJsonObject o = p.summaryJson();
    o.insert(QStringLiteral("errorLine"), p.error().line);
    o.insert(QStringLiteral("errorColumn"), p.error().column);
    o.insert(QStringLiteral("errorKind"), PipelinePackage::errorKindName(p.error().kind));
    o.insert(QStringLiteral("errorMessage"), p.error().message);
    return QJsonDocument(o).toJson(QJsonDocument::Indented);
}

} // namespace

class TestPackageSummary : public QObject
{
    Q_OBJECT

private slots:
    void samplesReadAlike_data()
    {
        QTest::addColumn<QString>("name");
        const QStringList names = sampleNames();
        QVERIFY(names.size() >= 5);
        for (const QString &n : names)
            QTest::newRow(qPrintable(n)) << n;
    }
    void samplesReadAlike()
    {
        QFETCH(QString, name);
        const PipelinePackage full = PipelinePackage::read(samplePath(name));
        const PipelinePackage summary =
            PipelinePackage::read(samplePath(name), PipelinePackage::Detail::Summary);
        QCOMPARE(fingerprint(summary), fingerprint(full));
        const PipelinePackage bytes =
            PipelinePackage::fromBytes(sampleBytes(name), name, PipelinePackage::Detail::Summary);
        QCOMPARE(fingerprint(bytes), fingerprint(full));
        if (full.isValid()) {
            QVERIFY(full.kind() != PipelinePackage::Kind::Unknown);
            // Summary has no spec to send: a run must read the file in full.
            QVERIFY(summary.pipelineSpecJson().isEmpty());
            QVERIFY(summary.workflowManifest().isEmpty());
            QCOMPARE(summary.detail(), PipelinePackage::Detail::Summary);
            QVERIFY(!full.pipelineSpecJson().isEmpty() || !full.workflowManifest().isEmpty());
        }
    }

    // Past the chunks of the streamed check, with the pipeline at the end of the file.
    void largePaddedFileReadsAlike()
    {
        QTemporaryDir dir;
        for (const QString &name : sampleNames()) {
            if (!name.endsWith(QLatin1String(".yaml")))
                continue;
            QByteArray padding;
            while (padding.size() < 3 * 1024 * 1024 + 7)
                padding += "# padding \xC3\xA9\xE2\x82\xAC\xF0\x9F\x98\x80 line\n";
            const QByteArray data = padding + sampleBytes(name);
            const QString path = dir.filePath(name);
            QVERIFY(writeFile(path, data));
            const PipelinePackage full = PipelinePackage::read(path);
            QVERIFY2(full.isValid(), qPrintable(full.error().message));
            const PipelinePackage summary =
                PipelinePackage::read(path, PipelinePackage::Detail::Summary);
            QCOMPARE(fingerprint(summary), fingerprint(full));
        }
    }

    // The error suite's inputs and more, through the streamed file path and in memory.
    void brokenInputsFailAlike_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<QString>("name");
        const QByteArray sample = sampleBytes(QStringLiteral("v2_arguments_parameters.yaml"));
        const QByteArray pad(3 * 1024 * 1024, ' ');
        QByteArray bomb = "a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n";
        for (int i = 1; i < 9; ++i) {
            bomb += "a" + QByteArray::number(i) + ": &a" + QByteArray::number(i) + " [";
            for (int k = 0; k < 10; ++k)
                bomb += QByteArray(k ? ", " : "") + "*a" + QByteArray::number(i - 1);
            bomb += "]\n";
        }
        QTest::newRow("syntax error with line") << QByteArray("a: 1\nb: [1, 2\nc: 3\n") << "s.yaml";
        QTest::newRow("bad indentation") << QByteArray("a:\n  b: 1\n c: 2\n") << "i.yaml";
        QTest::newRow("blank") << QByteArray(" \r\n\t\n") << "blank.yaml";
        QTest::newRow("comments") << QByteArray("# just a comment\n---\n") << "c.yaml";
        QTest::newRow("latin1") << QByteArray("a: 1\nb: 2\nc: caf\xE9\n") << "l.yaml";
        QTest::newRow("overlong") << QByteArray("a: \xC0\xAF\n") << "o.yaml";
        QTest::newRow("surrogate") << QByteArray("a: \xED\xA0\x80\n") << "s.yaml";
        QTest::newRow("cut at the end") << QByteArray("a: \xE2\x82") << "e.yaml";
        QTest::newRow("nul after bad utf8") << QByteArray("a: \xFF\nb: \0\n", 11) << "n.yaml";
        QTest::newRow("utf16") << QByteArray("\xFF\xFEz\0", 4) << "u.yaml";
        QTest::newRow("bom only") << QByteArray("\xEF\xBB\xBF") << "b.yaml";
        QTest::newRow("stray comma") << QByteArray("- a\n- b\n,") << "comma.yaml";
        QTest::newRow("alias bomb") << bomb << "bomb.yaml";
        QTest::newRow("not a pipeline")
            << QByteArray("apiVersion: v1\nkind: ConfigMap\n") << "cm.yaml";
        QTest::newRow("component")
            << QByteArray("name: c\nimplementation:\n  container: {}\n") << "comp.yaml";
        QTest::newRow("partial v2")
            << QByteArray("pipelineInfo: {name: x}\nroot: {}\n") << "partial.yaml";
        QTest::newRow("three documents") << sample + "---\nplatforms: {}\n---\nplatforms: {}\n"
                                         << "three.yaml";
        QTest::newRow("list") << QByteArray("- a\n- b\n") << "list.yaml";
        QTest::newRow("scalar") << QByteArray("hello\n") << "scalar.yaml";
        // Problems beyond the first chunks, and a sequence cut by a chunk's end.
        QTest::newRow("late latin1") << pad + "\na: caf\xE9\n"
                                     << "late.yaml";
        QTest::newRow("late nul") << pad + QByteArray("\na: \0\n", 6) << "late-nul.yaml";
        QTest::newRow("late syntax error") << sample + pad + "\n: : [\n"
                                           << "late-syntax.yaml";
        for (int cut = 1; cut <= 3; ++cut) {
            // The 4-byte sequence starts `cut` bytes before the end of the first 1 MiB chunk.
            QByteArray straddle(1024 * 1024 - 2 - cut, '#');
            straddle.prepend("# ");
            straddle += "\xF0\x9F\x98\x80\n" + sample;
            QTest::newRow(qPrintable(QStringLiteral("emoji across 1 MiB, cut %1").arg(cut)))
                << straddle << "emoji.yaml";
            QByteArray broken = straddle;
            broken[1024 * 1024 - cut + 3] = 'x'; // its last continuation byte replaced
            QTest::newRow(qPrintable(QStringLiteral("broken across 1 MiB, cut %1").arg(cut)))
                << broken << "broken.yaml";
        }
    }
    void brokenInputsFailAlike()
    {
        QFETCH(QByteArray, data);
        QFETCH(QString, name);
        QTemporaryDir dir;
        const QString path = dir.filePath(name);
        QVERIFY(writeFile(path, data));
        const PipelinePackage full = PipelinePackage::read(path);
        const QByteArray expected = fingerprint(full);
        QCOMPARE(fingerprint(PipelinePackage::read(path, PipelinePackage::Detail::Summary)),
                 expected);
        QCOMPARE(
            fingerprint(PipelinePackage::fromBytes(data, name, PipelinePackage::Detail::Summary)),
            expected);
    }

    // TextCheck in chunks of 1 to 7 bytes agrees with TextCheck in one piece.
    void textCheckInChunks()
    {
        const QList<QByteArray> inputs{
            QByteArray("plain\ntext\n"),
            QByteArray("h\xC3\xA9llo\n\xE2\x82\xAC\n\xF0\x9F\x98\x80 ok\n"),
            QByteArray("a\nb\n\xC3\n"),
            QByteArray("a\nb\n\xE2\x82"),
            QByteArray("\xEF\xBB\xBF \n\t"),
            QByteArray("\xEF\xBB\xBFx"),
            QByteArray("x\n\xED\xA0\x80\n"),
            QByteArray("x\n\xF4\x90\x80\x80\n"),
            QByteArray("\xFF\nabc\n\0\n", 9),
            QByteArray("a\n\n\n\xC0\xAF"),
        };
        for (const QByteArray &in : inputs) {
            TextCheck whole;
            whole.feed(in.constData(), in.size());
            whole.finish();
            for (int size = 1; size <= 7; ++size) {
                TextCheck chunked;
                for (qsizetype i = 0; i < in.size(); i += size)
                    chunked.feed(in.constData() + i, qMin(qsizetype(size), in.size() - i));
                chunked.finish();
                const QByteArray what = in.toHex() + " in chunks of " + QByteArray::number(size);
                QVERIFY2(chunked.problem() == whole.problem(), what);
                QVERIFY2(chunked.offset() == whole.offset(), what);
                QVERIFY2(chunked.line() == whole.line(), what);
                QVERIFY2(chunked.isBlank() == whole.isBlank(), what);
                QVERIFY2(chunked.hasUtf8Bom() == whole.hasUtf8Bom(), what);
            }
        }
    }

    // The event-built values are those of YAML's core schema, anchors and keys included.
    void yamlValuesFromEvents()
    {
        const QByteArray yaml = "base: &b {x: 1, y: [true, ~, 2.5, '3']}\n"
                                "copy: *b\n"
                                "? [k, 1]\n"
                                ": complex\n"
                                "~: null key\n"
                                "multi: |\n  one\n  two\n"
                                "---\n"
                                "---\n"
                                "second: !!str 12\n";
        QList<QJsonValue> docs;
        YamlToJson::Error error;
        QVERIFY2(YamlToJson::parseAll(yaml, &docs, &error), qPrintable(error.message));
        QCOMPARE(docs.size(), 3);
        const QJsonObject first = docs[0].toObject();
        const QJsonObject base{{"x", 1}, {"y", QJsonArray{true, QJsonValue::Null, 2.5, "3"}}};
        QCOMPARE(first.value("base").toObject(), base);
        QCOMPARE(first.value("copy").toObject(), base);
        QCOMPARE(first.value("[\"k\",1]").toString(), QStringLiteral("complex"));
        QCOMPARE(first.value("null").toString(), QStringLiteral("null key"));
        QCOMPARE(first.value("multi").toString(), QStringLiteral("one\ntwo\n"));
        QVERIFY(docs[1].isNull());
        QCOMPARE(docs[2].toObject().value("second").toString(), QStringLiteral("12"));
    }
};

QTEST_GUILESS_MAIN(TestPackageSummary)

#include "tst_packagesummary.moc"

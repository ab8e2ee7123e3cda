// Display width and table alignment for kfpctl's text output (Korean counts two cells a char).

#include "TextTable.h"

#include <QtTest>

class TestTextTable final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void displayWidth_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("width");
        QTest::newRow("ascii") << QStringLiteral("pipeline") << 8;
        QTest::newRow("empty") << QString() << 0;
        QTest::newRow("hangul") << QStringLiteral("파이프라인") << 10;
        QTest::newRow("mixed") << QStringLiteral("run 실행 1") << 10;
        QTest::newRow("cjk") << QStringLiteral("漢字") << 4;
        QTest::newRow("fullwidth") << QStringLiteral("ＡＢ") << 4;
        QTest::newRow("combining") << QStringLiteral("e\u0301") << 1;
        QTest::newRow("emoji") << QStringLiteral("\U0001F600") << 2;
    }
    void displayWidth()
    {
        QFETCH(QString, text);
        QFETCH(int, width);
        QCOMPARE(kfp::displayWidth(text), width);
    }

    void alignsWideText()
    {
        kfp::TextTable table(
            {QStringLiteral("ID"), QStringLiteral("NAME"), QStringLiteral("CREATED")});
        table.addRow(
            {QStringLiteral("a1"), QStringLiteral("한글 파이프라인"), QStringLiteral("x")});
        table.addRow({QStringLiteral("b22"), QStringLiteral("plain"), QStringLiteral("y")});
        const QStringList lines = table.render().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 3);
        // The third column starts at the same display column on every line.
        auto column3 = [](const QString &line) {
            const int at = int(line.lastIndexOf(QLatin1Char(' '))) + 1;
            return kfp::displayWidth(line.left(at));
        };
        QCOMPARE(column3(lines.at(1)), column3(lines.at(0)));
        QCOMPARE(column3(lines.at(2)), column3(lines.at(0)));
        QVERIFY(!lines.at(0).endsWith(QLatin1Char(' ')));
    }

    void multilineCellsStayOnOneLine()
    {
        kfp::TextTable table({QStringLiteral("A"), QStringLiteral("B")});
        table.addRow({QStringLiteral("x\ny"), QStringLiteral("z")});
        QCOMPARE(table.render().count(QLatin1Char('\n')), 2);
    }
};

QTEST_GUILESS_MAIN(TestTextTable)
#include "tst_texttable.moc"

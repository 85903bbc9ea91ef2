package io.accountable.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.accountable.web.Numbers;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Numbers, money, percentages, dates and plurals written the way each language writes them. */
class FormatsByLanguageTest {

    private static final char NBSP = '\u00a0';

    @Test
    void shouldWriteMoneyAsEachLanguageDoes() {
        assertEquals("USD 5,292,067", Numbers.money(5_292_067.0, "USD", Language.EN));
        assertEquals("5" + NBSP + "292" + NBSP + "067" + NBSP + "USD", Numbers.money(5_292_067.0, "USD", Language.RU));
        assertEquals("5.292.067" + NBSP + "USD", Numbers.money(5_292_067.0, "USD", Language.RO));
        assertEquals("USD 812.50", Numbers.money(812.5, "USD", Language.EN));
        assertEquals("812,50" + NBSP + "USD", Numbers.money(812.5, "USD", Language.RU));
        assertEquals("—", Numbers.money(null, "USD", Language.RU), "blank is no data, never 0");
    }

    @Test
    void shouldWriteCompactMoneyWithTheLanguagesWords() {
        assertEquals("USD 5.29M", Numbers.moneyShort(5_292_067.0, "USD", Language.EN));
        assertEquals("5,29" + NBSP + "млн" + NBSP + "USD", Numbers.moneyShort(5_292_067.0, "USD", Language.RU));
        assertEquals("5,29" + NBSP + "mil." + NBSP + "USD", Numbers.moneyShort(5_292_067.0, "USD", Language.RO));
    }

    @Test
    void shouldWritePercentagesDatesAndDecimals() {
        assertEquals("12.3 %", Numbers.percent(0.1234, Language.EN));
        assertEquals("12,3" + NBSP + "%", Numbers.percent(0.1234, Language.RU));
        assertEquals("12,3" + NBSP + "%", Numbers.percent(0.1234, Language.RO));
        assertEquals("1" + NBSP + "234,5", Numbers.decimal(1234.5, 1, Language.RU));
        assertEquals("1.234,5", Numbers.decimal(1234.5, 1, Language.RO));
        assertEquals("2025-12-05", Numbers.date(LocalDate.of(2025, 12, 5), Language.EN));
        assertEquals("05.12.2025", Numbers.date(LocalDate.of(2025, 12, 5), Language.RU));
        assertEquals("05.12.2025", Numbers.date(LocalDate.of(2025, 12, 5), Language.RO));
    }

    @Test
    void shouldCountByTheLanguagesPluralRules() {
        assertEquals("1 conversion", Texts.count(Language.EN, 1, "conversion"));
        assertEquals("2 conversions", Texts.count(Language.EN, 2, "conversion"));
        assertEquals("1 конверсия", Texts.count(Language.RU, 1, "conversion"));
        assertEquals("2 конверсии", Texts.count(Language.RU, 2, "conversion"));
        assertEquals("5 конверсий", Texts.count(Language.RU, 5, "conversion"));
        assertEquals("21 конверсия", Texts.count(Language.RU, 21, "conversion"));
        assertEquals("1 conversie", Texts.count(Language.RO, 1, "conversion"));
        assertEquals("2 conversii", Texts.count(Language.RO, 2, "conversion"));
        assertEquals("20 de conversii", Texts.count(Language.RO, 20, "conversion"));
        assertEquals("1" + NBSP + "500 конверсий", Texts.count(Language.RU, 1500, "conversion"));
    }

    @Test
    void shouldCountDaysThatAreFractions() {
        assertEquals("30 de zile", Texts.count(Language.RO, 30.0, "day"));
        assertEquals("7,5 дня", Texts.count(Language.RU, 7.5, "day"));
        assertEquals("1.5 days", Texts.count(Language.EN, 1.5, "day"));
        assertEquals("1 day", Texts.count(Language.EN, 1.0, "day"));
    }

    @Test
    void shouldLabelDataValuesAndHumaniseUnknownOnes() {
        assertEquals("Paid search", Texts.label(Language.EN, "channel", "paid_search"));
        assertEquals("Partner webinar", Texts.label(Language.RU, "channel", "partner_webinar"));
        assertEquals(false, Texts.label(Language.RU, "channel", "paid_search").matches(".*[A-Za-z].*"),
                Texts.label(Language.RU, "channel", "paid_search"));
    }

    @Test
    void shouldPickTheLanguageFromAcceptLanguage() {
        assertEquals(Language.RU, Language.fromAcceptLanguage("ru-RU,ru;q=0.9,en;q=0.8").orElseThrow());
        assertEquals(Language.RO, Language.fromAcceptLanguage("de-DE,ro;q=0.7,en;q=0.5").orElseThrow());
        assertEquals(Language.EN, Language.fromAcceptLanguage("fr-FR,en;q=0.5").orElseThrow());
        assertEquals(true, Language.fromAcceptLanguage("fr-FR").isEmpty());
        assertEquals(true, Language.fromAcceptLanguage("not a header;;;q=").isEmpty());
    }
}

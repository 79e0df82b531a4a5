package dev.earmark.insights.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RequiredLiteralTest {

    @ParameterizedTest
    @CsvSource(delimiterString = " => ", emptyValue = "", textBlock = """
            Googlebot\\/ => Googlebot/
            AdsBot-Google([^-]|$) => AdsBot-Google
            [wW]get => get
            ^Seekbot => Seekbot
            (sistrix|SISTRIX) [cC]rawler => rawler
            Ahrefs(Bot|SiteAudit) => Ahrefs
            S[eE][mM]rushBot => rushBot
            BlogTraffic\\/\\d\\.\\d+ Feed-Fetcher => ' Feed-Fetcher'
            Automaton|Newsify Feed Fetcher => ''
            ContextualBot[\\s\\S]*outcomes\\.net => ContextualBot
            colou?rful => colo
            ab+cd => ab
            x{2}yz => yz
            a.b => a
            """)
    void findsTheLongestTextEveryMatchContains(String regex, String literal) {
        assertEquals(literal, RequiredLiteral.of(regex));
    }
}

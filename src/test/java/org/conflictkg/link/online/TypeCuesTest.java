package org.conflictkg.link.online;

import org.conflictkg.extract.EntityType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Which Wikidata descriptions fit which expected type. */
class TypeCuesTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = ';', value = {
            "city in Syria; Place",
            "capital and largest city of Syria; Place",
            "governorate of Syria; Place",
            "county in Ireland; Place",
            "country in Western Asia; State",
            "sovereign state in Eastern Europe; State",
            "American politician and diplomat, 68th United States Secretary of State; Person",
            "President of Syria from 2000 to 2024; Person",
            "Russian politician (born 1952); Person",
            "Salafi jihadist militant group in Syria; ArmedGroup",
            "Syrian rebel group; ArmedGroup",
            "Lebanese Shia Islamist political party and militant group; ArmedGroup",
            "international humanitarian organization; Organization",
            "United Nations agency for refugees; Organization",
            "British news agency; Organization",
            "family name; ",
            "Wikimedia disambiguation page; ",
            "given name; ",
    })
    void guess(String description, EntityType expected) {
        assertEquals(expected, TypeCues.guess(description));
    }

    @ParameterizedTest(name = "{0} is no {1}")
    @CsvSource(delimiter = ';', value = {
            "county in Ireland; Person",
            "county in Ireland; State",
            "city in Libya; State",
            "Syrian rebel group; Organization",
            "Syrian rebel leader; ArmedGroup",
            "American politician; Organization",
            "international humanitarian organization; Place",
            "family name; Person",
    })
    void rejects(String description, EntityType type) {
        assertEquals(false, TypeCues.fits(description, type));
    }
}

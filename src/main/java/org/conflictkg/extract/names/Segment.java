package org.conflictkg.extract.names;

import org.conflictkg.extract.EntityType;
import org.conflictkg.link.GazetteerEntry;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** One name found in a sentence, with the evidence gathered about its type. */
public final class Segment {
    /** How the name was found. */
    public enum Kind {
        /** a gazetteer name */
        GAZ,
        /** a name the gazetteer does not know */
        UNKNOWN,
        /** a country named through its demonym, its organs or its capital ("Syrian army", "Moscow said") */
        STATE,
        /** a part of a place ("eastern Aleppo") */
        SUBPLACE,
        /** a coalition named by its leader ("US-led coalition") */
        LED_ORG
    }

    public final int sentence;
    public final List<Word> words;
    /** first and after-last word of the name */
    public final int first;
    public final int end;
    public Kind kind;
    public List<GazetteerEntry> entries = List.of();
    /** the name as written (without possessive) */
    public String name;
    /** the mention span, which may reach beyond the name ("Syrian regime", "President X") */
    public int mStart;
    public int mEnd;
    /** a title written before the name ("Secretary of State"), or null */
    public String title;
    /** the name before the title ("US" in "US Secretary of State John Kerry"), or null */
    public Segment titleOwner;
    public boolean demonym;
    /** set when a rule decides this is no entity ("Grad rockets") or another mention took it */
    public boolean dropped;
    /** a state acting (its army, regime, officials, or a plural demonym) */
    public boolean actor;
    /** the head word that makes it an organisation or armed group, or null */
    public String head;
    public String key;
    /**
     * "admin" or "city" when a word beside the name says which ("Idlib province", "the province of
     * Idlib", "the city of Homs"), or when the article's first mention of the name said so; else null.
     */
    public String placeKind;
    public final Map<EntityType, Double> votes = new EnumMap<>(EntityType.class);
    public final List<String> why = new ArrayList<>();

    public Segment(int sentence, List<Word> words, int first, int end, Kind kind, String name, int mStart, int mEnd) {
        this.sentence = sentence;
        this.words = words;
        this.first = first;
        this.end = end;
        this.kind = kind;
        this.name = name;
        this.mStart = mStart;
        this.mEnd = mEnd;
    }

    public void vote(EntityType t, double w, String reason) {
        votes.merge(t, w, Double::sum);
        why.add(t + "+" + w + ":" + reason);
    }

    public int size() {
        return end - first;
    }

    public Word word(int i) {
        return words.get(i);
    }

    /** The nearest word before the name that is not punctuation of the given kinds, or null. */
    public Word before(int k) {
        int i = first - k;
        return i >= 0 ? words.get(i) : null;
    }

    public Word after(int k) {
        int i = end - 1 + k;
        return i < words.size() ? words.get(i) : null;
    }

    public EntityType best() {
        EntityType b = null;
        double w = 0;
        for (var e : votes.entrySet()) {
            if (e.getValue() > w) {
                w = e.getValue();
                b = e.getKey();
            }
        }
        return b;
    }

    @Override
    public String toString() {
        return kind + "[" + name + "]" + votes;
    }
}

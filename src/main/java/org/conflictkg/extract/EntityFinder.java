package org.conflictkg.extract;

import org.conflictkg.extract.names.ArmedGroupRule;
import org.conflictkg.extract.names.GazetteerRule;
import org.conflictkg.extract.names.NameContext;
import org.conflictkg.extract.names.NameFinder;
import org.conflictkg.extract.names.OrganizationRule;
import org.conflictkg.extract.names.PersonRule;
import org.conflictkg.extract.names.PlaceRule;
import org.conflictkg.extract.names.Resolver;
import org.conflictkg.extract.names.RoleFinder;
import org.conflictkg.extract.names.Segment;
import org.conflictkg.extract.names.StateMentions;
import org.conflictkg.extract.names.ThingRule;
import org.conflictkg.extract.names.TypeRule;
import org.conflictkg.link.Gazetteer;
import org.conflictkg.nlp.AnalyzedText;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds named actors and places: candidate names from capitalisation and the gazetteer
 * ({@link NameFinder}), states behind demonyms, organs and capitals ({@link StateMentions}), typed
 * by rule families ({@link TypeRule}), grouped and linked per article ({@link Resolver}), with the
 * roles of people ({@link RoleFinder}).
 */
public final class EntityFinder {
    private final Gazetteer gazetteer;
    private final NameFinder names;
    private final StateMentions states;
    private final List<TypeRule> rules = List.of(new GazetteerRule(), new PersonRule(), new OrganizationRule(),
            new ArmedGroupRule(), new PlaceRule());

    public EntityFinder(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
        this.names = new NameFinder(gazetteer);
        this.states = new StateMentions(gazetteer);
    }

    public List<Entity> find(AnalyzedText doc) {
        String text = doc.text();
        NameFinder.Result r = names.find(doc);
        List<Segment> segs = states.apply(r.segments(), text);
        NameContext ctx = new NameContext(text, gazetteer, segs, r.evidence(), Resolver.countryContext(segs));
        for (Segment s : segs) {
            for (TypeRule rule : rules) {
                rule.vote(s, ctx);
            }
        }
        if (System.getenv("CKG_DEBUG_NAMES") != null) {
            for (Segment s : segs) {
                System.err.println(doc.article().source() + " " + s.kind + " [" + s.name + "] " + s.why);
            }
        }
        new ThingRule().drop(segs);
        Resolver resolver = new Resolver();
        List<Entity> ents = resolver.resolve(new ArrayList<>(segs), text);
        return new RoleFinder().addRoles(ents, segs, resolver.entityOf, text);
    }
}

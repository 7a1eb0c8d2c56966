package org.conflictkg.link.online;

import org.conflictkg.extract.Entity;
import org.conflictkg.extract.Extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/**
 * Build-time on-line linking ({@code ckg build --online}): entities the gazetteer left unlinked are
 * looked up in Wikidata through an {@link OnlineLinker} (answers cached). Without a network it says
 * so once and the build goes on with the cached answers only.
 */
public final class OnlineLinkStage implements UnaryOperator<Extraction> {
    private final OnlineLinker linker;
    private final Consumer<String> notes;
    private final AtomicBoolean reported = new AtomicBoolean();

    public OnlineLinkStage(OnlineLinker linker, Consumer<String> notes) {
        this.linker = linker;
        this.notes = notes;
    }

    @Override
    public Extraction apply(Extraction x) {
        List<Entity> out = new ArrayList<>(x.entities().size());
        boolean changed = false;
        for (Entity e : x.entities()) {
            Entity linked = e;
            if (e.qid() == null) {
                Optional<OnlineLinker.Candidate> c = find(e.label() != null ? e.label() : e.text(), e);
                if (c.isPresent()) {
                    linked = new Entity(e.key(), e.type(), e.text(), c.get().label(), c.get().qid(),
                            c.get().confidence(), e.mentions(), e.lat(), e.lon(), e.roles());
                    changed = true;
                }
            }
            out.add(linked);
        }
        return changed ? new Extraction(x.text(), out, x.events(), x.ceasefires(), x.casualties(), x.attributions())
                : x;
    }

    private Optional<OnlineLinker.Candidate> find(String name, Entity e) {
        try {
            return linker.lookup(name, e.type());
        } catch (NoNetworkException ex) {
            if (reported.compareAndSet(false, true)) {
                notes.accept("on-line linking: " + ex.getMessage() + "; going on with cached answers only");
            }
            return Optional.empty();
        } catch (RemoteException ex) {
            notes.accept("on-line linking of '" + name + "': " + ex.getMessage());
            return Optional.empty();
        }
    }
}

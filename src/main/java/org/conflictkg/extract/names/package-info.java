/**
 * The entity stage: named actors and places of one article.
 *
 * <ol>
 *   <li>{@link org.conflictkg.extract.names.Words} splits each sentence into words with their own
 *       shape (possessives, "al-" names, "U.K.", "US-led"). Parts of speech come from the OpenNLP
 *       tokens.</li>
 *   <li>{@link org.conflictkg.extract.names.NameFinder} builds runs of capitalised words. A run may
 *       hold particles ("de", "al"), "of/for/on" inside organisation names, possessives such as
 *       "People's", and group adjectives ("Arab"). Sentence-initial and headline words count only
 *       when something supports them: the same word capitalised elsewhere in the article, a
 *       gazetteer name, or a following name word. Each run is then cut into gazetteer names
 *       (longest first), titles ("Deputy Foreign Minister") and unknown names.</li>
 *   <li>{@link org.conflictkg.extract.names.StateMentions} turns demonyms and countries followed by
 *       state organs ("Syrian regime"), capitals that act ("Moscow said") and seats of government
 *       into mentions of the state. It also makes sub-places ("eastern Aleppo") and led
 *       coalitions.</li>
 *   <li>Rule families implementing {@link org.conflictkg.extract.names.TypeRule} vote on each
 *       name's type: gazetteer kind, person cues, organisation heads, armed-group cues and place
 *       cues. {@link org.conflictkg.extract.names.ThingRule} drops weapon and product names.</li>
 *   <li>{@link org.conflictkg.extract.names.Resolver} groups the names into entities: gazetteer
 *       items, surnames with full names, acronyms with their expansions, and lone head words with
 *       their organisation. It sums the votes of each entity and links it through
 *       {@link org.conflictkg.extract.names.Linker} (fitting kind, exact label, city before
 *       province, the article's countries; no link when the name stays ambiguous).</li>
 *   <li>{@link org.conflictkg.extract.names.RoleFinder} adds people's roles.</li>
 * </ol>
 * Cue words live in {@link org.conflictkg.extract.names.Cues}. None of them is tied to a
 * particular article.
 */
package org.conflictkg.extract.names;

package org.conflictkg.extract;

/** Event types, as in the extraction JSON format; each maps to an ontology class of the same name. */
public enum EventType {
    AirStrike, Shelling, GroundOffensive, ArmedClash, AttackOnCivilians, AttackOnAid, Evacuation,
    Talks, CeasefireDeclared, CeasefireCollapsed, CeasefireViolation, Capture, Other
}

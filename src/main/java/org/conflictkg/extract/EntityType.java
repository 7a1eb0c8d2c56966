package org.conflictkg.extract;

/** The kinds of named actors and places, as in the extraction JSON format. */
public enum EntityType { Person, Organization, State, ArmedGroup, Place }

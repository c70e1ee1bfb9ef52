package org.uptake.gui.common;

import java.util.Collection;
import java.util.Map;
import org.uptake.adoption.PersonContact;

/**
 * Who the people of a list are, as a PM reads them: email and account name by user id, read once
 * with the list (through {@code AdoptionAnalysis.contacts}, the read the people window uses).
 */
public final class PeopleNames {

    /** Reads the contacts of some people; the screens get {@code AdoptionAnalysis::contacts}. */
    @FunctionalInterface
    public interface Reader {
        Map<String, PersonContact> read(Collection<String> userIds);
    }

    /** No names known: every person reads as their id. */
    public static final PeopleNames NONE = new PeopleNames(Map.of());

    private final Map<String, PersonContact> contacts;

    private PeopleNames(Map<String, PersonContact> contacts) {
        this.contacts = Map.copyOf(contacts);
    }

    /** The names of these people (call it off the FX thread: it reads the workspace). */
    public static PeopleNames read(Reader reader, Collection<String> userIds) {
        return userIds.isEmpty() ? NONE : new PeopleNames(reader.read(userIds));
    }

    /** Their email, else their id. */
    public String who(String userId) {
        PersonContact c = contacts.get(userId);
        return c == null ? userId : c.who();
    }

    /** Their account's name, else the account id given, else their account's id as the workspace knows it (null: none). */
    public String account(String userId, String accountId) {
        PersonContact c = contacts.get(userId);
        if (c == null) {
            return accountId;
        }
        return c.accountName() == null || c.accountName().isBlank() ? (accountId == null ? c.accountId() : accountId) : c.accountName();
    }

    /** Their account's id as the workspace knows it (null: none or unknown). */
    public String accountId(String userId) {
        PersonContact c = contacts.get(userId);
        return c == null ? null : c.accountId();
    }
}

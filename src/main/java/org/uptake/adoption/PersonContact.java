package org.uptake.adoption;

/**
 * How a person in a list reads: their email and their account's name beside the ids the exports
 * gave (email, account and its name may be null).
 */
public record PersonContact(String userId, String email, String accountId, String accountName) {

    /** Their email when the data has one, else their id. */
    public String who() {
        return email == null || email.isBlank() ? userId : email;
    }

    /** Their account's name when the accounts file gave one, else its id (null: no account). */
    public String account() {
        return accountName == null || accountName.isBlank() ? accountId : accountName;
    }
}

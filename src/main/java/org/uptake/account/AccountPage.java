package org.uptake.account;

import java.time.LocalDate;
import java.util.List;

/**
 * Everything the account page, the account brief and {@code uptake account} show about one account,
 * as of the data's last day.
 */
public record AccountPage(LocalDate asOf, AccountHealth health, List<KeyFeature> features, List<Person> people,
        List<TimelineItem> timeline, List<SegmentAdoption> adoption, List<Play> plays) {

    public AccountPage {
        features = List.copyOf(features);
        people = List.copyOf(people);
        timeline = List.copyOf(timeline);
        adoption = List.copyOf(adoption);
        plays = List.copyOf(plays);
    }

    /** What a person does with a feature, one cell of the people × features matrix. */
    public enum Use {
        ADOPTED("adopted"), STOPPED("stopped"), USED("tried"), NONE("");

        private final String label;

        Use(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /**
     * One person of the account; {@code uses} is parallel to the page's features.
     *
     * @param lastActive empty when they never had an event
     */
    public record Person(int personId, String userId, String email, String role, java.util.Optional<LocalDate> lastActive,
            List<Use> uses, boolean struggling) {

        public Person {
            uses = List.copyOf(uses);
        }

        /** Name or email, as the screen lists them. */
        public String label() {
            return email.isEmpty() ? userId : email;
        }

        public long featuresUsed() {
            return uses.stream().filter(u -> u != Use.NONE).count();
        }
    }

    /** A dated thing that happened in the account: a ticket, an outreach, an adoption milestone. */
    public record TimelineItem(LocalDate day, String kind, String text, String userId) {
    }

    /** A feature's adoption in the account against its whole segment (adopters ÷ people). */
    public record SegmentAdoption(String featureKey, String featureName, int adopters, int people, int segmentAdopters,
            int segmentPeople, java.util.Optional<LocalDate> firstAdopted) {

        public double share() {
            return people == 0 ? 0 : adopters / (double) people;
        }

        public double segmentShare() {
            return segmentPeople == 0 ? 0 : segmentAdopters / (double) segmentPeople;
        }
    }

    /** A recommended CSM play for one at-risk reason: whom to reach and what to do. */
    public record Play(RiskReason reason, String featureKey, int personId, String contact, String subject, String body) {
    }
}

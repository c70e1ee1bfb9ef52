package org.uptake.sample;

/** The three customer segments of the story, with their share of people and typical account size. */
enum Segment {
    ENTERPRISE("enterprise", 0.25, 50),
    MID_MARKET("mid-market", 0.30, 15),
    SMB("smb", 0.45, 4);

    final String label;
    final double share;
    final int peoplePerAccount;

    Segment(String label, double share, int peoplePerAccount) {
        this.label = label;
        this.share = share;
        this.peoplePerAccount = peoplePerAccount;
    }
}

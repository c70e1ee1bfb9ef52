package org.uptake.outreach;

import org.uptake.model.Message;

/** An approved message checked and ready to leave: how to reach its person, and the approval it leaves under. */
record Outgoing(Message message, OutreachQueries.Reach reach, String approvedHash) {
}

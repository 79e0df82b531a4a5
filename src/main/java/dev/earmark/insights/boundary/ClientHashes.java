package dev.earmark.insights.boundary;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Who a client is for one day only: a hash of its address and user agent with the day's secret salt
 * ({@code DailySalt}), which is deleted when the day is over, so that no hash can be matched across days and no
 * address is ever stored.
 * <p>
 * House plan of issue 15: the beacon's helper completes it (the salt shared by all servers through the database).
 */
@ApplicationScoped
public class ClientHashes {

    /** The client's hash for today (in the display zone), 64 characters at most. */
    public String today(String address, String userAgent) {
        throw new UnsupportedOperationException("house plan: completed by the beacon's work");
    }
}

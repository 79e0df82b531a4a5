package dev.earmark.insights.control;

import dev.earmark.insights.entity.ClientClass;

/**
 * What a user agent says of the client that sent it: a bot or crawler (never counted), the podcast app's name ("" when
 * no app is known by it) and the coarse class of its device.
 */
public record UserAgent(boolean bot, String app, ClientClass clientClass) {
}

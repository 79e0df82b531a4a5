/**
 * Sharing a moment: every snip and every highlight has a short public page ({@code /m/{code}}) with the player
 * playing its range, link previews (Open Graph, Twitter Card, oEmbed) and a share menu of plain links.
 */
package dev.earmark.sharing;

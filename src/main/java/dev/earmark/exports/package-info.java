/**
 * What a listener saved leaves Earmark: their snips as files (Markdown for Obsidian and Logseq, CSV, JSON) and sent
 * to Readwise and Notion, once or automatically, never another listener's.
 */
package dev.earmark.exports;

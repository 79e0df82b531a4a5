package dev.earmark.exports.entity;

/** The services a listener's snips can be sent to. */
public enum ExportService {
    READWISE,
    NOTION
}

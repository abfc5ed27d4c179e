package org.helpdesk.platform.settings.internal.model;

/** One of the values a metatype attribute allows, with its label. */
public record SettingOption(String value, String label) {
}

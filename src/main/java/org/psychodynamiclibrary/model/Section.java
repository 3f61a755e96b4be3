package org.psychodynamiclibrary.model;

import jakarta.persistence.Embeddable;

/**
 * A level-two heading of an article, listed in its table of contents.
 */
@Embeddable
public record Section(String anchor, String title) {
}

package org.psychodynamiclibrary.search;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code library.search.*}.
 *
 * @param pageSize results per page
 */
@ConfigurationProperties("library.search")
record SearchProperties(@DefaultValue("10") int pageSize) {
}

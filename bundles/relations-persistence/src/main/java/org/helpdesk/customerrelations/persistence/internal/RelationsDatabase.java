package org.helpdesk.customerrelations.persistence.internal;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.apache.ibatis.session.SqlSessionFactory;
import org.helpdesk.customerrelations.api.dto.ApiToken;
import org.helpdesk.customerrelations.api.dto.HistoryEntry;
import org.helpdesk.customerrelations.api.dto.HistoryEntry.Action;
import org.helpdesk.customerrelations.api.dto.Relation;
import org.helpdesk.customerrelations.api.dto.Source;
import org.helpdesk.platform.persistence.SchemaMigrations;
import org.helpdesk.platform.persistence.SqlSessionFactories;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The plugin's tables on the {@code helpdesk} DataSource: migrated once on activation (and never dropped),
 * and the one session factory that the relation store and the token store share. Both stores reference
 * this component, so neither can come up before the schema is there.
 */
@Component(service = RelationsDatabase.class)
public class RelationsDatabase {

    static final String CHANGELOG = "org/helpdesk/customerrelations/persistence/internal/changelog.xml";

    private final SqlSessionFactory sessions;

    @Activate
    public RelationsDatabase(@Reference(target = "(dataSourceName=helpdesk)") DataSource dataSource) {
        SchemaMigrations.update(dataSource, CHANGELOG, RelationsDatabase.class);
        this.sessions = SqlSessionFactories.build(dataSource, Map.of(
                "Instant", Instant.class,
                "Relation", Relation.class,
                "HistoryEntry", HistoryEntry.class,
                "Action", Action.class,
                "Source", Source.class,
                "KeyRow", KeyRow.class,
                "ApiToken", ApiToken.class,
                "TokenRow", TokenRow.class),
                List.of(RelationMapper.class, TokenMapper.class));
    }

    SqlSessionFactory sessions() {
        return sessions;
    }
}

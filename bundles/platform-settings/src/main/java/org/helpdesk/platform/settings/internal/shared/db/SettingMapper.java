package org.helpdesk.platform.settings.internal.shared.db;

import java.time.Instant;
import java.util.List;

import org.apache.ibatis.annotations.Param;
import org.helpdesk.platform.settings.internal.shared.StoredSetting;

/** SQL of the saved settings and their revision counter. */
public interface SettingMapper {

    int nextRevision();

    long revision();

    /** @return 1 when the property had a row, 0 when it has none yet */
    int update(@Param("s") StoredSetting setting, @Param("revision") long revision,
            @Param("changedAt") Instant changedAt, @Param("changedBy") String changedBy);

    int insert(@Param("s") StoredSetting setting, @Param("revision") long revision,
            @Param("changedAt") Instant changedAt, @Param("changedBy") String changedBy);

    List<StoredSetting> all();

    StoredSetting find(@Param("pid") String pid, @Param("property") String property);

    int notifyNodes();
}

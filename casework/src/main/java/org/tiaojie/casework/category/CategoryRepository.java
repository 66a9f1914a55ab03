package org.tiaojie.casework.category;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface CategoryRepository extends JpaRepository<DisputeCategory, Long> {

    @Query("""
            select new org.tiaojie.casework.category.CategoryRow(c.id, p.id, c.code, c.name, c.nameEn, c.startTier,
                c.functionalDepartment, c.sortOrder, c.active, c.version)
            from DisputeCategory c left join c.parent p
            order by coalesce(p.sortOrder, c.sortOrder), coalesce(p.id, c.id), case when p.id is null then 0 else 1 end,
                     c.sortOrder, c.name""")
    List<CategoryRow> findRows();

    boolean existsByCode(String code);
}

package org.tiaojie.casework.category;

import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tiaojie.casework.shared.CaseworkException;
import org.tiaojie.casework.shared.StaleForms;

/** The two-level dispute categories; editable by an administrator, readable by everyone logged in. */
@Service
public class CategoryService {

    private final CategoryRepository categories;

    CategoryService(CategoryRepository categories) {
        this.categories = categories;
    }

    /** All categories, each top-level one followed by its children. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<CategoryRow> findAll() {
        return categories.findRows();
    }

    /** For trusted casework callers (routing, demo data) outside a user's request. */
    @Transactional(readOnly = true)
    public List<CategoryRow> findAllForSystem() {
        return categories.findRows();
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public long save(CategoryForm form) {
        DisputeCategory category;
        if (form.id() == null) {
            String code = DisputeCategory.checkCode(form.code());
            if (categories.existsByCode(code)) {
                throw new CaseworkException("category.code.taken", code);
            }
            DisputeCategory parent = form.parentId() == null ? null : require(form.parentId());
            category = new DisputeCategory(parent, code, form.name());
            category.update(form.name(), form.nameEn(), form.startTier(), form.functionalDepartment(), form.sortOrder(),
                    form.active());
            categories.save(category);
        } else {
            category = require(form.id());
            StaleForms.requireVersion(category.getVersion(), form.version());
            category.update(form.name(), form.nameEn(), form.startTier(), form.functionalDepartment(), form.sortOrder(),
                    form.active());
            StaleForms.flush(categories);
        }
        return category.getId();
    }

    @Transactional(readOnly = true)
    public DisputeCategory require(long id) {
        return categories.findById(id).orElseThrow(() -> new CaseworkException("category.notFound"));
    }
}

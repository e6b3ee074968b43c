/*
 * Accessibility helpers for every page (issue 26), run on load and after each PrimeFaces AJAX
 * update:
 * - a field whose label is marked required (p:outputLabel indicateRequired, the asterisk) gets
 *   aria-required on the control the label points to (PrimeFaces widgets wrap their input, so the
 *   attribute cannot be written on the component itself);
 * - a chart canvas (role="img") is named by the title of the panel that holds it.
 */
(function () {
    var CONTROLS = /^(INPUT|SELECT|TEXTAREA)$/;
    var ROLES = /^(combobox|listbox|radiogroup|textbox|spinbutton)$/;

    function markRequired() {
        document.querySelectorAll('label').forEach(function (label) {
            if (!label.querySelector('.ui-outputlabel-rfi') || !label.htmlFor) {
                return;
            }
            var control = document.getElementById(label.htmlFor);
            if (control && (CONTROLS.test(control.tagName) || ROLES.test(control.getAttribute('role') || ''))) {
                control.setAttribute('aria-required', 'true');
            }
        });
    }

    function nameCharts() {
        document.querySelectorAll('canvas[role="img"]').forEach(function (canvas) {
            if (canvas.getAttribute('aria-label')) {
                return;
            }
            var panel = canvas.closest('.ui-panel');
            var title = panel && panel.querySelector('.ui-panel-title');
            if (title) {
                canvas.setAttribute('aria-label', title.textContent.trim());
            }
        });
    }

    function apply() {
        markRequired();
        nameCharts();
    }

    document.addEventListener('DOMContentLoaded', apply);
    if (window.jQuery) {
        window.jQuery(document).on('pfAjaxComplete', apply);
    }
})();

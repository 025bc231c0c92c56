"""`wf lsp` end to end, through pygls' language client (pytest-lsp): every capability."""
import os
import random

import pytest
from lsprotocol import types
from pytest_lsp import LanguageClient

from conftest import ROOT

PLAN = """wf: 1
name: Kế hoạch thử – Sở TT&TT
period: 2023-Q4
owners:
  cntt:
    name: Phòng Công nghệ thông tin
    notify: ["console:"]
  vp:
    name: Văn phòng Sở
goals:
  - id: bao-cao-nq44
    title: Báo cáo Nghị quyết 44
    owner: vp
    due: 2023-10-31
  - id: de-an-cds
    title: Đề án chuyển đổi số
    owner: cntt
    due: Quý IV/2023
    after: [bao-cao-nq44]
events:
  - id: ngay-cds
    title: Ngày Chuyển đổi số quốc gia
    date: 2023-10-10
    owner: cntt
    remind: [14d, 3wd]
    prepare:
      - id: ke-hoach-10-10
        title: Kế hoạch hưởng ứng
        due: -10wd
steps:
  - id: kiem-tra-han
    uses: deadline
    with: { fail_on: never }
  - id: gui-lanh-dao
    uses: notify
    needs: [kiem-tra-han]
    with:
      to: [owner:vp]
      subject: "Quá hạn: ${{ steps.kiem-tra-han.outputs.overdue }}"
"""

URI = "file:///tmp/wf-lsp-test/plan.yaml"


def line_of(text, needle, occurrence=0):
    lines = text.split("\n")
    found = [i for i, line in enumerate(lines) if needle in line]
    return found[occurrence], lines[found[occurrence]].index(needle)


def pos(text, needle, occurrence=0, offset=0):
    line, column = line_of(text, needle, occurrence)
    return types.Position(line=line, character=column + offset)


async def open_doc(client, text, uri=URI):
    client.text_document_did_open(types.DidOpenTextDocumentParams(
        text_document=types.TextDocumentItem(uri=uri, language_id="yaml", version=1, text=text)))
    await client.wait_for_notification(types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS)
    return list(client.diagnostics.get(uri, []))


def doc_id(uri=URI):
    return types.TextDocumentIdentifier(uri=uri)


# MARK: - Diagnostics


@pytest.mark.asyncio
async def test_a_valid_plan_has_no_diagnostics(client: LanguageClient):
    assert await open_doc(client, PLAN) == []


@pytest.mark.asyncio
async def test_diagnostics_carry_rule_link_and_notes(client: LanguageClient):
    text = PLAN.replace("after: [bao-cao-nq44]", "after: [bao-cao-nq45]")
    diagnostics = await open_doc(client, text)
    assert len(diagnostics) == 1
    d = diagnostics[0]
    assert d.code == "unknown-reference"
    assert d.severity == types.DiagnosticSeverity.Error
    assert d.code_description.href.endswith("docs/diagnostics.md#unknown-reference")
    assert "did you mean 'bao-cao-nq44'?" in d.message
    assert d.range.start == pos(text, "bao-cao-nq45")
    assert d.range.end == pos(text, "bao-cao-nq45", offset=len("bao-cao-nq45"))


@pytest.mark.asyncio
async def test_related_information_for_located_notes(client: LanguageClient):
    text = PLAN.replace("    due: 2023-10-31\n", "    due: 2023-10-31\n    after: [de-an-cds]\n")
    diagnostics = await open_doc(client, text)
    cycle = [d for d in diagnostics if d.code == "cycle"]
    assert cycle, diagnostics
    assert cycle[0].related_information and all(r.location.uri == URI for r in cycle[0].related_information)


@pytest.mark.asyncio
async def test_wf_ignore_is_honoured(client: LanguageClient):
    text = PLAN.replace("after: [bao-cao-nq44]", "after: [bao-cao-nq45]   # wf-ignore: unknown-reference")
    assert await open_doc(client, text) == []


@pytest.mark.asyncio
async def test_incremental_changes_update_diagnostics(client: LanguageClient):
    text = PLAN.replace("after: [bao-cao-nq44]", "after: [bao-cao-nq45]")
    assert len(await open_doc(client, text)) == 1
    start = pos(text, "bao-cao-nq45", offset=len("bao-cao-nq4"))
    end = types.Position(line=start.line, character=start.character + 1)
    client.text_document_did_change(types.DidChangeTextDocumentParams(
        text_document=types.VersionedTextDocumentIdentifier(uri=URI, version=2),
        content_changes=[types.TextDocumentContentChangePartial(range=types.Range(start=start, end=end), text="4")]))
    await client.wait_for_notification(types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS)
    assert list(client.diagnostics[URI]) == []


@pytest.mark.asyncio
async def test_edits_after_vietnamese_text_count_utf16(client: LanguageClient):
    text = PLAN.replace("title: Đề án chuyển đổi số", "title: Đề án chuyển đổi số 🚀 x")
    await open_doc(client, text)
    line, column = line_of(text, "🚀 x")
    # In UTF-16 the rocket is two code units: 'x' is at column + 3.
    start = types.Position(line=line, character=column + 3)
    client.text_document_did_change(types.DidChangeTextDocumentParams(
        text_document=types.VersionedTextDocumentIdentifier(uri=URI, version=2),
        content_changes=[types.TextDocumentContentChangePartial(
            range=types.Range(start=start, end=types.Position(line=line, character=column + 4)), text="y\n    colour: red")]))
    await client.wait_for_notification(types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS)
    diagnostics = client.diagnostics[URI]
    assert [d.code for d in diagnostics] == ["unknown-key"]
    assert diagnostics[0].range.start == types.Position(line=line + 1, character=4)


# MARK: - Hover


async def hover(client, text, needle, occurrence=0, offset=1):
    result = await client.text_document_hover_async(types.HoverParams(
        text_document=doc_id(), position=pos(text, needle, occurrence, offset)))
    return result.contents.value if result else ""


@pytest.mark.asyncio
async def test_hover_on_a_diagnostic_explains_the_rule(client: LanguageClient):
    text = PLAN.replace("after: [bao-cao-nq44]", "after: [bao-cao-nq45]")
    await open_doc(client, text)
    value = await hover(client, text, "bao-cao-nq45")
    assert "### unknown-reference" in value


@pytest.mark.asyncio
async def test_hover_on_uses_shows_the_plugin(client: LanguageClient):
    await open_doc(client, PLAN)
    value = await hover(client, PLAN, "uses: notify", offset=8)
    assert "**notify** plugin" in value and "`to`" in value and "Inputs" in value


@pytest.mark.asyncio
async def test_hover_on_an_id_shows_title_owner_due_and_status(client: LanguageClient):
    await open_doc(client, PLAN)
    value = await hover(client, PLAN, "after: [bao-cao-nq44]", offset=10)
    assert "Báo cáo Nghị quyết 44" in value
    assert "vp — Văn phòng Sở" in value
    assert "31/10/2023" in value
    assert "Status on 05/10/2023" in value and "đúng tiến độ" in value


@pytest.mark.asyncio
async def test_hover_resolves_dates_phrases_and_durations(client: LanguageClient):
    await open_doc(client, PLAN)
    # The last working day of the quarter.
    assert "29 tháng 12 năm 2023" in await hover(client, PLAN, "Quý IV/2023")
    # -10wd before Tuesday 10/10/2023: the working days are counted back.
    assert "ngày 26 tháng 9 năm 2023" in await hover(client, PLAN, "-10wd")
    reminder = await hover(client, PLAN, "14d")
    assert "14 ngày" in reminder and "26 tháng 9 năm 2023" in reminder


@pytest.mark.asyncio
async def test_hover_follows_the_plans_lang(plan_language_client: LanguageClient):
    text = PLAN.replace("period: 2023-Q4\n", "period: 2023-Q4\nlang: vi\n")
    await open_doc(plan_language_client, text)
    value = await hover(plan_language_client, text, "after: [bao-cao-nq44]", offset=10)
    assert "nhiệm vụ `bao-cao-nq44`" in value
    assert "Đơn vị chủ trì: vp — Văn phòng Sở" in value
    assert "Tình trạng ngày 05/10/2023: đúng tiến độ" in value
    assert "mô-đun **notify**" in await hover(plan_language_client, text, "uses: notify", offset=8)


@pytest.mark.asyncio
async def test_hover_on_a_key_shows_its_doc(client: LanguageClient):
    await open_doc(client, PLAN)
    assert "Due date" in await hover(client, PLAN, "due: 2023-10-31", offset=1)


# MARK: - Completion


async def complete_at(client, text, line, character):
    client.text_document_did_change(types.DidChangeTextDocumentParams(
        text_document=types.VersionedTextDocumentIdentifier(uri=URI, version=9),
        content_changes=[types.TextDocumentContentChangeWholeDocument(text=text)]))
    result = await client.text_document_completion_async(types.CompletionParams(
        text_document=doc_id(), position=types.Position(line=line, character=character)))
    items = result.items if isinstance(result, types.CompletionList) else result
    return {item.label: item for item in items}


async def complete_after(client, text, marker):
    """Completes at the end of the first line containing `marker` (the marker is kept)."""
    line, column = line_of(text, marker)
    return await complete_at(client, text, line, column + len(marker))


@pytest.mark.asyncio
async def test_completion_of_keys_with_docs(client: LanguageClient):
    await open_doc(client, PLAN)
    text = PLAN.replace("    due: 2023-10-31\n", "    due: 2023-10-31\n    pro\n")
    items = await complete_after(client, text, "    pro")
    assert {"progress", "partners", "after", "kpi"} <= set(items)
    assert "Progress so far" in items["progress"].documentation.value


@pytest.mark.asyncio
async def test_completion_of_plugin_names_and_inputs(client: LanguageClient):
    await open_doc(client, PLAN)
    text = PLAN.replace("    uses: deadline", "    uses: ")
    assert {"deadline", "notify", "report", "budget", "shell"} <= set(await complete_after(client, text, "    uses: "))
    text = PLAN.replace("      to: [owner:vp]\n", "      to: [owner:vp]\n      \n")
    line, _ = line_of(text, "to: [owner:vp]")
    items = await complete_at(client, text, line + 1, 6)
    assert {"to", "subject", "attach"} <= set(items)


@pytest.mark.asyncio
async def test_completion_of_ids(client: LanguageClient):
    await open_doc(client, PLAN)
    text = PLAN.replace("after: [bao-cao-nq44]", "after: [bao")
    items = await complete_after(client, text, "after: [bao")
    assert {"bao-cao-nq44", "ngay-cds", "ke-hoach-10-10"} <= set(items) and "cntt" not in items
    text = PLAN.replace("    owner: cntt\n    due: Quý", "    owner: \n    due: Quý")
    items = await complete_after(client, text, "    owner: ")
    assert set(items) == {"cntt", "vp"}
    items = await complete_after(client, PLAN, "    needs: [")
    assert "kiem-tra-han" in items


@pytest.mark.asyncio
async def test_completion_of_channels(client: LanguageClient):
    await open_doc(client, PLAN)
    text = PLAN.replace('    notify: ["console:"]', "    notify:\n      - ")
    items = await complete_after(client, text, "      - ")
    assert {"console:", "file:", "eml:", "mailto:", "owner:cntt", "owner:vp"} <= set(items)


@pytest.mark.asyncio
async def test_completion_inside_expressions(client: LanguageClient):
    await open_doc(client, PLAN)
    assert {"goals", "steps", "vars", "contains"} <= set(await complete_after(client, PLAN, 'subject: "Quá hạn: ${{ '))
    items = await complete_after(client, PLAN, "${{ steps.")
    assert {"kiem-tra-han", "gui-lanh-dao"} <= set(items)
    items = await complete_after(client, PLAN, "${{ steps.kiem-tra-han.")
    assert {"outputs", "status", "outcome"} <= set(items)
    items = await complete_after(client, PLAN, "${{ steps.kiem-tra-han.outputs.")
    assert "overdue" in items
    text = PLAN.replace("${{ steps.kiem-tra-han.outputs.overdue }}", "${{ goals.de-an-cds.")
    items = await complete_after(client, text, "${{ goals.de-an-cds.")
    assert {"status", "days_left", "due"} <= set(items)


# MARK: - Navigation


@pytest.mark.asyncio
async def test_go_to_definition_and_references(client: LanguageClient):
    await open_doc(client, PLAN)
    result = await client.text_document_definition_async(types.DefinitionParams(
        text_document=doc_id(), position=pos(PLAN, "after: [bao-cao-nq44]", offset=10)))
    location = result if isinstance(result, types.Location) else result[0]
    assert location.range.start == pos(PLAN, "bao-cao-nq44")
    refs = await client.text_document_references_async(types.ReferenceParams(
        text_document=doc_id(), position=pos(PLAN, "owner: cntt", offset=8),
        context=types.ReferenceContext(include_declaration=True)))
    lines = sorted(r.range.start.line for r in refs)
    assert len(lines) == 3  # the declaration, the goal's owner, the event's owner
    assert lines[0] == line_of(PLAN, "  cntt:")[0]


@pytest.mark.asyncio
async def test_ids_inside_expressions_are_references(client: LanguageClient):
    await open_doc(client, PLAN)
    result = await client.text_document_definition_async(types.DefinitionParams(
        text_document=doc_id(), position=pos(PLAN, "${{ steps.kiem-tra-han", offset=12)))
    location = result if isinstance(result, types.Location) else result[0]
    assert location.range.start == pos(PLAN, "kiem-tra-han")
    refs = await client.text_document_references_async(types.ReferenceParams(
        text_document=doc_id(), position=pos(PLAN, "id: kiem-tra-han", offset=5),
        context=types.ReferenceContext(include_declaration=False)))
    starts = sorted((r.range.start.line, r.range.start.character) for r in refs)
    needs = pos(PLAN, "needs: [kiem-tra-han]", offset=len("needs: ["))
    expression = pos(PLAN, "${{ steps.kiem-tra-han", offset=len("${{ steps."))
    assert starts == [(needs.line, needs.character), (expression.line, expression.character)]


@pytest.mark.asyncio
async def test_document_symbols_outline(client: LanguageClient):
    await open_doc(client, PLAN)
    symbols = await client.text_document_document_symbol_async(types.DocumentSymbolParams(text_document=doc_id()))
    outline = {s.name: [c.name for c in (s.children or [])] for s in symbols}
    assert outline["goals"] == ["bao-cao-nq44", "de-an-cds"]
    assert outline["events"] == ["ngay-cds"]
    assert outline["steps"] == ["kiem-tra-han", "gui-lanh-dao"]
    event = [s for s in symbols if s.name == "events"][0].children[0]
    assert [c.name for c in event.children] == ["ke-hoach-10-10"]


# MARK: - Code actions


@pytest.mark.asyncio
async def test_code_actions_fix_and_ignore(client: LanguageClient):
    text = PLAN.replace("after: [bao-cao-nq44]", "after: [bao-cao-nq45]").replace("    uses: notify", "    uses: notfy")
    diagnostics = await open_doc(client, text)
    assert sorted(d.code for d in diagnostics) == ["unknown-plugin", "unknown-reference"]
    for needle, fixed in [("bao-cao-nq45", "bao-cao-nq44"), ("notfy", "notify")]:
        start = pos(text, needle)
        actions = await client.text_document_code_action_async(types.CodeActionParams(
            text_document=doc_id(), range=types.Range(start=start, end=start),
            context=types.CodeActionContext(diagnostics=[])))
        titles = [a.title for a in actions]
        assert f"Replace with '{fixed}'" in titles
        fix = actions[titles.index(f"Replace with '{fixed}'")]
        edit = fix.edit.changes[URI][0]
        assert edit.new_text == fixed and edit.range.start == start
        ignore = [a for a in actions if "wf-ignore" in a.title]
        assert ignore and "# wf-ignore: " in ignore[0].edit.changes[URI][0].new_text


# MARK: - Robustness


@pytest.mark.asyncio
async def test_200_random_edits_without_a_crash(client: LanguageClient):
    with open(os.path.join(ROOT, "workflows", "q4-plan.yaml"), encoding="utf-8") as f:
        text = f.read()
    uri = "file://" + os.path.join(ROOT, "workflows", "q4-plan.yaml")
    await open_doc(client, text, uri)
    rng = random.Random(20261201)
    pieces = ["", "-", ":", " ", "\n", "  ", "${{ ", "}}", "[", "]", "{", "'", '"', "#", "after: [", "owner: ", "ư", "🚀",
              "\t", "&a", "*a", "<<: ", "due: Quý", "- id: x\n", "\r\n"]
    lines = text.split("\n")
    for version in range(2, 202):
        line = rng.randrange(len(lines) + 2)
        character = rng.randrange(120)
        end_line = line + rng.choice([0, 0, 0, 1, 3])
        end = types.Position(line=end_line, character=rng.randrange(120))
        start = types.Position(line=line, character=character)
        if (end.line, end.character) < (start.line, start.character):
            start, end = end, start
        client.text_document_did_change(types.DidChangeTextDocumentParams(
            text_document=types.VersionedTextDocumentIdentifier(uri=uri, version=version),
            content_changes=[types.TextDocumentContentChangePartial(
                range=types.Range(start=start, end=end), text=rng.choice(pieces) + rng.choice(pieces))]))
        if version % 10 == 0:
            where = types.Position(line=rng.randrange(len(lines)), character=rng.randrange(40))
            await client.text_document_hover_async(types.HoverParams(text_document=doc_id(uri), position=where))
            await client.text_document_completion_async(types.CompletionParams(text_document=doc_id(uri), position=where))
            await client.text_document_definition_async(types.DefinitionParams(text_document=doc_id(uri), position=where))
            await client.text_document_document_symbol_async(types.DocumentSymbolParams(text_document=doc_id(uri)))
            await client.text_document_code_action_async(types.CodeActionParams(
                text_document=doc_id(uri), range=types.Range(start=where, end=where),
                context=types.CodeActionContext(diagnostics=[])))
    # Still answering, and the last version's diagnostics arrive.
    symbols = await client.text_document_document_symbol_async(types.DocumentSymbolParams(text_document=doc_id(uri)))
    assert symbols is not None
    await client.wait_for_notification(types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS)


def described(diagnostics):
    return [(d.range, d.severity, d.code, d.message,
             [(r.location.range, r.message) for r in (d.related_information or [])]) for d in diagnostics]


@pytest.mark.asyncio
async def test_typing_gives_the_diagnostics_of_the_text_opened_afresh(client: LanguageClient):
    # While a planner types on one line, the server reads only the item that line is in. After
    # every edit, its diagnostics must be those of the same text opened as a new document.
    with open(os.path.join(ROOT, "workflows", "q4-plan.yaml"), encoding="utf-8") as f:
        text = f.read()
    uri = "file://" + os.path.join(ROOT, "workflows", "q4-plan.yaml")
    fresh = "file://" + os.path.join(ROOT, "workflows", "q4-plan-afresh.yaml")
    await open_doc(client, text, uri)
    rng = random.Random(20261202)
    original = text
    letters, marks = "aăêôntrhiu 0123", "-:#\"&"
    for version in range(2, 122):
        if version % 6 == 0:
            # Back to the plan as it was, as a whole-text change: typing broke the YAML by now.
            text = original
            client.text_document_did_change(types.DidChangeTextDocumentParams(
                text_document=types.VersionedTextDocumentIdentifier(uri=uri, version=version),
                content_changes=[types.TextDocumentContentChangeWholeDocument(text=text)]))
            await client.wait_for_notification(types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS)
            continue
        lines = text.split("\n")
        line = rng.randrange(len(lines))
        start = rng.randrange(len(lines[line]) + 1)
        kind = rng.random()
        if kind < 0.6:
            end, new = start, "".join(rng.choice(letters if rng.random() < 0.9 else marks) for _ in range(rng.randrange(1, 4)))
        elif kind < 0.9:
            end, new = min(len(lines[line]), start + rng.randrange(1, 4)), ""
        else:
            end, new = start, "\n    x: 1"
        lines[line] = lines[line][:start] + new + lines[line][end:]
        text = "\n".join(lines)
        client.text_document_did_change(types.DidChangeTextDocumentParams(
            text_document=types.VersionedTextDocumentIdentifier(uri=uri, version=version),
            content_changes=[types.TextDocumentContentChangePartial(range=types.Range(
                start=types.Position(line=line, character=start), end=types.Position(line=line, character=end)), text=new)]))
        await client.wait_for_notification(types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS)
        typed_diagnostics = described(client.diagnostics[uri])
        assert typed_diagnostics == described(await open_doc(client, text, fresh)), f"edit {version} of line {line + 1}"
        client.text_document_did_close(types.DidCloseTextDocumentParams(text_document=doc_id(fresh)))
        await client.wait_for_notification(types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS)

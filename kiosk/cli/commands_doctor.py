"""`kiosk doctor [--json]`: what a new kiosk lacks, a line per check in the installer's language."""

from __future__ import annotations

import argparse
import json

from kiosk.cli.context import Context, lazy

# Each finding's message, in Chinese and English; values fill the braces.
WORDS: dict[str, tuple[str, str]] = {
    "crashed": ("检查出错：{error}", "the check itself failed: {error}"),
    "display_ok": ("{width}×{height}（{platform}）", "{width}×{height} ({platform})"),
    "display_none": (
        "没有屏幕：请在触摸屏的图形会话中运行（DISPLAY 或 WAYLAND_DISPLAY）",
        "no screen: run this in the touchscreen's session (DISPLAY or WAYLAND_DISPLAY)",
    ),
    "touch_ok": ("找到触摸屏", "touchscreen found"),
    "touch_none": ("没有找到触摸屏（服务台电脑可以没有）", "no touchscreen (fine on a desk PC)"),
    "fonts_ok": ("打印字体 {font}，屏幕字体 {screen}", "print font {font}, screen font {screen}"),
    "fonts_pdf_missing": (
        "缺少打印用中文字体 {path}（安装 fonts-wqy-microhei）",
        "the print font {path} is missing (install fonts-wqy-microhei)",
    ),
    "fonts_screen_missing": (
        "屏幕上没有能显示中文的字体（安装 fonts-noto-cjk）",
        "no font can show Chinese on screen (install fonts-noto-cjk)",
    ),
    "printer_as_slip": ("未设置：用小票打印机", "not set: uses the slip printer"),
    "printer_unset": (
        "未设置：单据排队，由服务台打印（PDF 存到 {dir}）",
        "not set: documents wait for the service desk (PDFs go to {dir})",
    ),
    "printer_cups": (
        "{spec}：{state}，纸张 {paper}。{detail}",
        "{spec}: {state}, paper {paper}. {detail}",
    ),
    "printer_file": ("{spec}：文件夹可写", "{spec}: folder is writable"),
    "printer_file_bad": ("{spec}：文件夹不能写入", "{spec}: cannot write to the folder"),
    "printer_reachable": ("{spec}：打印机已连接", "{spec}: printer answers"),
    "printer_unreachable": (
        "{spec}：连不上打印机（{error}）",
        "{spec}: printer does not answer ({error})",
    ),
    "printer_usb_missing": (
        "{spec}：没有插上这台 USB 打印机",
        "{spec}: this USB printer is not plugged in",
    ),
    "printer_spec_bad": (
        "{spec}：写法不对（cups:队列、escpos-net:地址、escpos-usb:VID:PID、file:文件夹）",
        "{spec}: not a printer spec (cups:QUEUE, escpos-net:HOST, escpos-usb:VID:PID, file:DIR)",
    ),
    "speech_ok": ("朗读可用：{engine}，{voice}", "read-aloud works: {engine}, {voice}"),
    "speech_none": (
        "没有 {language} 朗读语音（安装 speech-dispatcher-espeak-ng 并启动 speech-dispatcher）",
        "no {language} voice for read-aloud "
        "(install speech-dispatcher-espeak-ng, start speech-dispatcher)",
    ),
    "keyboard_ok": ("屏幕键盘和拼音输入可用", "on-screen keyboard with pinyin is available"),
    "keyboard_missing": (
        "缺少屏幕键盘或拼音插件（重新安装 kiosk 附加包）",
        "the on-screen keyboard or its pinyin plugin is missing (reinstall the kiosk extra)",
    ),
    "keyboard_libs": (
        "屏幕键盘缺少系统库：{libs}",
        "the on-screen keyboard lacks libraries: {libs}",
    ),
    "registry_none": (
        "未设置中心平台：离线使用",
        "no registry configured: the kiosk works offline",
    ),
    "registry_ok": ("{url} 可连接，本机已登记", "{url} answers and knows this kiosk"),
    "registry_not_enrolled": (
        "已设置 {url}，但本机还没登记（kiosk enroll）",
        "{url} is configured but this kiosk is not enrolled (kiosk enroll)",
    ),
    "registry_refused": ("{url} 拒绝本机：{code}", "{url} refuses this kiosk: {code}"),
    "registry_unreachable": ("连不上 {url}：{error}", "cannot reach {url}: {error}"),
    "clock_ok": ("与中心平台相差 {offset} 秒", "{offset} s from the registry's clock"),
    "clock_off": (
        "与中心平台相差 {offset} 秒：请校准时间（NTP）",
        "{offset} s off the registry's clock: set the time (NTP)",
    ),
    "clock_unknown": ("没有中心平台可对时", "no registry to compare the clock with"),
    "disk_ok": ("剩余 {free_gb} GB", "{free_gb} GB free"),
    "disk_low": ("只剩 {free_gb} GB：请清理磁盘", "only {free_gb} GB free: make room"),
    "database_ok": ("数据库完好（{postings} 条招聘）", "database is sound ({postings} postings)"),
    "database_bad": ("数据库有问题：{problems}", "database problems: {problems}"),
}

CHECK_NAMES = {
    "display": ("屏幕", "display"),
    "touch": ("触摸", "touch"),
    "fonts": ("字体", "fonts"),
    "speech_zh": ("中文朗读", "speech (zh)"),
    "speech_en": ("英文朗读", "speech (en)"),
    "keyboard": ("屏幕键盘", "keyboard"),
    "registry": ("中心平台", "registry"),
    "clock": ("时钟", "clock"),
    "disk": ("磁盘", "disk"),
    "database": ("数据库", "database"),
}
PRINTER_ROLES = {"slip": ("小票打印机", "slip printer"), "record": ("A4 打印机", "A4 printer"),
                 "ticket": ("排队号打印机", "ticket printer")}  # fmt: skip


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    doctor = sub.add_parser(
        "doctor", help="check what this kiosk needs: screen, printers, voices..."
    )
    doctor.add_argument("--json", action="store_true", help="a JSON list of {check, ok, detail}")
    doctor.add_argument("--lang", choices=("zh_CN", "en"), help="language (default: the kiosk's)")
    doctor.set_defaults(handler=lazy("kiosk.cli.commands_doctor", "doctor"))


def doctor(args: argparse.Namespace, ctx: Context) -> int:
    from kiosk.cli.doctor_checks import run_all

    english = (args.lang or ctx.settings.language) != "zh_CN"
    findings = run_all(ctx)
    if args.json:
        rows = [
            {
                "check": f.check,
                "ok": f.ok,
                "required": f.required,
                "detail": _detail(f.key, f.values, english),
            }
            for f in findings
        ]
        print(json.dumps(rows, ensure_ascii=False, indent=2))
    else:
        for f in findings:
            mark = "✓" if f.ok else ("✗" if f.required else "!")
            print(f"{mark} {_name(f.check, english)}: {_detail(f.key, f.values, english)}")
    return 0 if all(f.ok or not f.required for f in findings) else 1


def _detail(key: str, values: dict[str, object], english: bool) -> str:
    template = WORDS[key][1 if english else 0]
    return template.format(**values).strip()


def _name(check: str, english: bool) -> str:
    kind, _, role = check.partition(":")
    if kind == "printer":
        return PRINTER_ROLES.get(role, (check, check))[1 if english else 0]
    return CHECK_NAMES.get(check, (check, check))[1 if english else 0]

"""warta.batch"""
